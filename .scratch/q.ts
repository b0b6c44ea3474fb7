import { buildIndex, scan, plainTextPage } from '/work/main/engine/index';
import { fixtureBundle } from '/work/main/tests/engine/helpers/fixture-bundle';
const index = buildIndex(fixtureBundle());
for (const [text, s] of [['At the end of the day, the president of the United States said the worst outcome would be to do nothing. It is blunt on purpose, he joked, at the end of the day.', 'high'], ['She said the campaign is done holding events for audiences that are already with us.', 'normal']] as const) {
  const r = scan(index, plainTextPage(text), { sensitivity: s });
  for (const p of r.evidence!) console.log(p.kind, p.matchedWords, p.contentWords, JSON.stringify(text.slice(p.start, p.end)));
}
