import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/analyze';
import { plainTextPage } from '../../../engine/extract';
import { DEFAULT_ENGINE_PARAMS } from '../../../engine/fingerprints';
import { buildPhraseIndex, matchPhrases } from '../../../engine/matchers/phrases';
import { THRESHOLDS } from '../../../engine/thresholds';

const PHRASE = 'a lacquered technocrat who has never mended a fence in her life';
const index = buildPhraseIndex([
  { leak: 0, document: 'dossier', text: PHRASE },
  { leak: 0, document: 'memo', text: 'path to fifty-one percent' },
  { leak: 0, document: 'x', text: 'of the' },
]);

function hits(text: string, sensitivity: 'low' | 'normal' | 'high' = 'normal') {
  return matchPhrases(
    analyze(plainTextPage(text), DEFAULT_ENGINE_PARAMS),
    index,
    THRESHOLDS[sensitivity],
  ).map((h) => [h.document, text.slice(h.start, h.end)]);
}

describe('matchPhrases', () => {
  it('finds a phrase exactly, and reports the page range it covers', () => {
    expect(hits(`He said she was ${PHRASE}, and laughed.`)).toEqual([['dossier', PHRASE]]);
  });
  it('tolerates typos, punctuation and spacing', () => {
    const damaged = 'A lacquerd techno-crat, who has never mended a fense in her life!';
    expect(hits(`Quote: “${damaged}”`)).toHaveLength(1);
  });
  it('does not match unrelated text sharing a rare word', () => {
    expect(hits('The technocrat mended the fence of her garden last spring.')).toEqual([]);
  });
  it('skips phrases too short for the sensitivity and never indexes stop-word phrases', () => {
    expect(index.phrases.map((p) => p.pattern)).not.toContain('of the');
    expect(hits('on the path to fifty-one percent', 'low')).toEqual([]);
    expect(hits('on the path to fifty-one percent', 'normal')).toHaveLength(1);
  });
  it('indexes each phrase under a few rare words, not common ones', () => {
    expect(index.anchors.size).toBeLessThanOrEqual(8);
  });
});

describe('phrase prefilter', () => {
  it('finds each of many phrases, and results do not depend on the pages scanned before', () => {
    // Many phrases sharing words: anchors collide in the table, and one scratch is reused.
    const texts = Array.from(
      { length: 300 },
      (_, i) => `the ledger of harbor${i} lists cargo${i} seized by customs${i} officers${i}`,
    );
    const many = buildPhraseIndex(texts.map((text, i) => ({ leak: 0, document: `p${i}`, text })));
    const found = (text: string) =>
      matchPhrases(analyze(plainTextPage(text), DEFAULT_ENGINE_PARAMS), many, THRESHOLDS.normal)
        .map((h) => h.document)
        .sort();
    for (const i of [0, 17, 299]) expect(found(`Seen: ${texts[i]}.`)).toEqual([`p${i}`]);
    expect(found('the ledger of the harbor lists cargo seized by customs officers')).toEqual([]);
    expect(found(`Seen: ${texts[42]}.`)).toEqual(['p42']);
  });

  it('a single shared rare word does not make a match', () => {
    // "technocrat" is an anchor; without a second anchor nearby no window is even proposed.
    expect(hits('A technocrat, they said, was running the ministry.')).toEqual([]);
  });

  it('an anchor seen on an earlier page never agrees with one on the next page', () => {
    // Only "technocrat" of its four anchors survives the typos, so this page alone proposes
    // nothing; the previous page left "lacquered" at the same window start.
    const damaged = 'a lacquerd technocrat who has nevr mendd a fense in her life';
    expect(hits(damaged.replace('lacquerd', 'lacquered'))).toHaveLength(1);
    expect(hits('a lacquered reputation')).toEqual([]);
    expect(hits(damaged)).toEqual([]);
  });

  it('starts afresh when the page stamps run out', () => {
    const fresh = buildPhraseIndex([{ leak: 0, document: 'dossier', text: PHRASE }]);
    const found = (text: string) =>
      matchPhrases(analyze(plainTextPage(text), DEFAULT_ENGINE_PARAMS), fresh, THRESHOLDS.normal);
    expect(found('a lacquered reputation')).toEqual([]);
    fresh.scratch.stamp = 0x7fffffff;
    expect(found('a lacquerd technocrat who has nevr mendd a fense in her life')).toEqual([]);
    expect(fresh.scratch.stamp).toBe(1);
    expect(found(`He said she was ${PHRASE}.`)).toHaveLength(1);
  });
});
