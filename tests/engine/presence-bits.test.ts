import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPresenceBits,
  mayContain,
  maybePresent,
  presenceBitsFor,
} from '../../engine/presence-bits';

const hashes = fc
  .array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 300 })
  .map((a) => Uint32Array.from(a));

describe('presence bits', () => {
  it('never turns away a hash of the set', () => {
    fc.assert(
      fc.property(hashes, (set) => {
        const presence = buildPresenceBits(set, presenceBitsFor(set.length));
        for (const h of set) expect(mayContain(presence, h)).toBe(true);
      }),
    );
  });
  it('turns away most other hashes: about 8 bits per hash', () => {
    const set = Uint32Array.from({ length: 10_000 }, (_, i) => Math.imul(i, 0x9e3779b1) >>> 0);
    const presence = buildPresenceBits(set, presenceBitsFor(set.length));
    expect(presence.words.byteLength).toBeLessThanOrEqual(set.length * 2);
    let passed = 0;
    for (let i = 0; i < 10_000; i++) {
      if (mayContain(presence, Math.imul(i + 1_000_000, 0x85ebca6b) >>> 0)) passed++;
    }
    expect(passed).toBeLessThan(2000);
  });
  it('stays small for a small set and bounded for a huge one', () => {
    expect(presenceBitsFor(0)).toBe(10);
    expect(presenceBitsFor(2500)).toBeLessThanOrEqual(15);
    expect(presenceBitsFor(1_000_000)).toBe(23);
    expect(presenceBitsFor(2 ** 30)).toBe(26);
  });
  it('maybePresent lists exactly the included positions that pass', () => {
    fc.assert(
      fc.property(hashes, hashes, (set, others) => {
        const presence = buildPresenceBits(set, presenceBitsFor(set.length));
        // Hashes of the set and others, every third one excluded (as non-informative shingles are).
        const page = Uint32Array.from([...others, ...set].sort());
        const include = Uint8Array.from(page, (_, p) => (p % 3 === 0 ? 0 : 1));
        const expected: number[] = [];
        for (let p = 0; p < page.length; p++) {
          if (include[p] && mayContain(presence, page[p]!)) expected.push(p);
        }
        expect([...maybePresent(presence, page, include, page.length)]).toEqual(expected);
      }),
    );
  });
});
