import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENGINE_PARAMS,
  documentFingerprints,
  documentWordCount,
  shingles,
} from '../../engine/fingerprints';
import { normalizeText } from '../../engine/normalize';
import { tokenize } from '../../engine/tokenize';
import { fixtureDocument } from './helpers/fixture-bundle';

describe('documentFingerprints', () => {
  const doc = fixtureDocument('halvorsen-memo');
  it('is sorted and distinct', () => {
    const f = documentFingerprints(doc, DEFAULT_ENGINE_PARAMS);
    expect(f.length).toBeGreaterThan(1000);
    for (let i = 1; i < f.length; i++) expect(f[i]!).toBeGreaterThan(f[i - 1]!);
  });
  it('holds exactly the informative shingles a page scan computes for the same text', () => {
    const page = shingles(tokenize(normalizeText(doc)), DEFAULT_ENGINE_PARAMS);
    const expected = new Set<number>();
    for (let p = 0; p < page.count; p++) if (page.informative[p]) expected.add(page.hashes[p]!);
    expect(new Set(documentFingerprints(doc, DEFAULT_ENGINE_PARAMS))).toEqual(expected);
  });
  it('ignores case, quotes, whitespace and line-end hyphenation', () => {
    const a = 'The campaign’s vul-\nnerable   “strategy” memo was written in June by the manager.';
    const b = 'THE CAMPAIGN\'S VULNERABLE "STRATEGY" MEMO WAS WRITTEN IN JUNE BY THE MANAGER.';
    expect(documentFingerprints(a, DEFAULT_ENGINE_PARAMS)).toEqual(
      documentFingerprints(b, DEFAULT_ENGINE_PARAMS),
    );
  });
  it('skips shingles made only of stop words and numbers', () => {
    expect(
      documentFingerprints('and then it was the 2024 one of them', DEFAULT_ENGINE_PARAMS),
    ).toEqual(new Uint32Array(0));
  });
  it('depends on the shingle length and refuses an unknown hash', () => {
    const k4 = documentFingerprints(doc, { shingle: 4, hash: 'fnv1a32' });
    expect(k4).not.toEqual(documentFingerprints(doc, DEFAULT_ENGINE_PARAMS));
    expect(() => documentFingerprints(doc, { shingle: 5, hash: 'sha1' })).toThrow(/sha1/);
  });
  it('has no shingle for texts shorter than k words, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const f = documentFingerprints(text, DEFAULT_ENGINE_PARAMS);
        expect(f.length).toBeLessThanOrEqual(Math.max(0, documentWordCount(text) - 4));
      }),
    );
  });
  it('counts words as the engine does', () => {
    expect(documentWordCount('Vul-\nnerable “memo”, v2!')).toBe(3);
  });
});
