import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixSortHashes } from '../../engine/radix-sort-hashes';

describe('radixSortHashes', () => {
  it('sorts any hashes ascending, equal hashes keeping their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 400 }), (a) => {
        const hashes = Uint32Array.from(a);
        const docs = Uint16Array.from(a, (_, i) => i);
        radixSortHashes(hashes, docs);
        const expected = a.map((h, i) => [h, i]).sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);
        expect([...hashes]).toEqual(expected.map((e) => e[0]));
        expect([...docs]).toEqual(expected.map((e) => e[1]));
      }),
    );
  });
  it('handles the extremes of the range', () => {
    const hashes = Uint32Array.from([0xffffffff, 0, 0x80000000, 0x7ff, 0x800, 0x7fffffff]);
    radixSortHashes(hashes, new Uint16Array(hashes.length));
    expect([...hashes]).toEqual([0, 0x7ff, 0x800, 0x7fffffff, 0x80000000, 0xffffffff]);
  });
});
