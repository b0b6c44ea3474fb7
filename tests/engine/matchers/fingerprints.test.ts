import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/analyze';
import { plainTextPage } from '../../../engine/extract';
import { DEFAULT_ENGINE_PARAMS, documentFingerprints } from '../../../engine/fingerprints';
import { buildHashIndex } from '../../../engine/hash-index';
import { matchFingerprints } from '../../../engine/matchers/fingerprints';

const DOC =
  'The committee reviewed the irrigation transfers in detail. Board minutes show that the senator ' +
  'did not disclose his friendship with the owner of the bottling company. The county assessor later ' +
  'reversed the duplicate exemption on the lakeside cabin, and the senator paid the difference.';
const index = buildHashIndex([documentFingerprints(DOC, DEFAULT_ENGINE_PARAMS)]);

function runs(text: string) {
  return matchFingerprints(analyze(plainTextPage(text), DEFAULT_ENGINE_PARAMS), index, 5).map(
    (r) => ({
      text: text.slice(r.start, r.end),
      matched: r.matchedWords,
    }),
  );
}

describe('matchFingerprints', () => {
  it('finds a verbatim passage with its exact page range', () => {
    const quote = 'Board minutes show that the senator did not disclose his friendship';
    expect(runs(`Intro text here. ${quote}. Outro.`)).toEqual([{ text: quote, matched: 11 }]);
  });
  it('bridges a changed word, a dropped word and an inserted word', () => {
    const changed =
      'Board minutes show that the senator did NOT dsiclose his friendship with the owner';
    expect(runs(changed)[0]!.matched).toBe(13);
    const dropped =
      'Board minutes show that the senator did not disclose friendship with the owner of the bottling company';
    expect(runs(dropped)).toEqual([{ text: dropped, matched: 17 }]);
    const inserted =
      'Board minutes show that the senator reportedly did not disclose his friendship with the owner';
    expect(runs(inserted)[0]!.text).toBe(inserted);
  });
  it('bridges reordered sentences', () => {
    const reordered =
      'The county assessor later reversed the duplicate exemption on the lakeside cabin. ' +
      'The committee reviewed the irrigation transfers in detail.';
    expect(runs(reordered)).toHaveLength(1);
  });
  it('does not chain fragments separated by several other words', () => {
    const text =
      'did not disclose his friendship, we hear from many people in town, with the owner of the bottling company';
    expect(runs(text).every((r) => r.matched < 10)).toBe(true);
  });
  it('reports nothing for text of another document', () => {
    expect(
      runs('A completely different text about harvest suppers and grange halls in the north.'),
    ).toEqual([]);
  });
});
