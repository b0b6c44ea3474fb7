import { buildIndex, scan, plainTextPage } from '/work/main/engine/index';
import { fixtureBundle } from '/work/main/tests/engine/helpers/fixture-bundle';
const index = buildIndex(fixtureBundle());
const text = process.argv[2]!;
const r = scan(index, plainTextPage(text), { sensitivity: (process.argv[3] ?? 'normal') as 'normal' });
console.log(r.verdict);
for (const p of r.evidence!) console.log(p.kind, p.matchedWords, p.contentWords, JSON.stringify(text.slice(p.start, p.end)));
