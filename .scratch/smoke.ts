import { parseHTML } from 'linkedom';
import { readdirSync } from 'node:fs';
import { buildIndex, scan, extractPageText } from '/work/main/engine/index';
import { fixtureBundle, fixturePage, fixtureDocument } from '/work/main/tests/engine/helpers/fixture-bundle';
import { damagedPage } from '/work/main/tests/engine/helpers/damage';
const index = buildIndex(fixtureBundle());
const show = (name: string, html: string) => {
  const { document } = parseHTML(html);
  const page = extractPageText(document, { baseUrl: 'https://news.example/a/' });
  const r = scan(index, page);
  console.log(name, r.verdict, r.leaks.map(l => `${l.id}:${l.verdict}:${l.documents}:` + l.passages.map(p => `${p.kind}/${p.matchedWords}/${p.contentWords ?? ''}${p.mention?.name ?? ''}`).join(',')).join(' | '));
  return { page, r };
};
for (const f of readdirSync('/work/main/tests/fixtures/engine/pages')) show(f, fixturePage(f));
for (const d of ['renfield-dossier', 'halvorsen-memo', 'ashdown-emails']) {
  const { page, r } = show('damaged ' + d, damagedPage(fixtureDocument(d), { seed: 7, typoEvery: 30, drop: 0.15, swap: 0.2, commentaryEvery: 6, fraction: 0.4 }));
  const fp = r.leaks[0]?.passages.filter(p => p.kind === 'fingerprint') ?? [];
  console.log('  total', fp.reduce((a, p) => a + p.matchedWords, 0), 'of', page.text.split(/\s+/).length);
  if (d === 'renfield-dossier') console.log(JSON.stringify(page.text.slice(0, 400)));
}
{
const { page, r } = show('common', fixturePage('confusable-common.html'));
for (const l of r.leaks) for (const p of l.passages) console.log(JSON.stringify(page.text.slice(p.start, p.end)));
}
