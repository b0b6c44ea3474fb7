import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync } from 'node:fs';
import { buildIndex, scan, extractPageText } from '/work/main/engine/index';
import { fixtureBundle } from '/work/main/tests/engine/helpers/fixture-bundle';
const index = buildIndex(fixtureBundle());
const dir = '/work/shared/corpus/real-pages';
let n = 0, t0 = performance.now(), bytes = 0;
for (const f of readdirSync(dir).filter(f => f.endsWith('.html'))) {
  const { document } = parseHTML(readFileSync(`${dir}/${f}`, 'utf8'));
  const page = extractPageText(document);
  bytes += page.text.length;
  const r = scan(index, page);
  n++;
  if (r.verdict !== 'none') console.log(f, r.verdict, JSON.stringify(r.leaks.map(l => l.passages.map(p => page.text.slice(p.start, p.end)))));
  for (const p of r.evidence ?? []) if (p.kind !== 'mention') console.log('  ev', f, p.kind, p.matchedWords, JSON.stringify(page.text.slice(p.start, p.end)));
}
console.log(n, 'pages', bytes, 'chars', performance.now() - t0, 'ms');
