import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHashIndex, documentsAt, findHash, hashIndexBytes } from '../../engine/hash-index';

const list = fc
  .uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 200 })
  .map((a) => Uint32Array.from(a.sort((x, y) => x - y)));

function docsOf(index: ReturnType<typeof buildHashIndex>, hash: number): number[] {
  const at = findHash(index, hash);
  if (at < 0) return [];
  const out: number[] = [];
  documentsAt(index, at, (d) => out.push(d));
  return out.sort((a, b) => a - b);
}

describe('hash index', () => {
  it('finds exactly the documents holding each hash', () => {
    fc.assert(
      fc.property(
        fc.array(list, { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 0xffffffff })),
        (lists, probes) => {
          const index = buildHashIndex(lists);
          for (const h of [...probes, ...lists.flatMap((l) => [...l])]) {
            const expected = lists.flatMap((l, d) => (l.includes(h) ? [d] : []));
            expect(docsOf(index, h)).toEqual(expected);
          }
        },
      ),
    );
  });
  it('keeps about six bytes per hash', () => {
    const n = 200_000;
    const a = new Uint32Array(n);
    for (let i = 0; i < n; i++) a[i] = i * 21_000;
    const index = buildHashIndex([a]);
    expect(hashIndexBytes(index)).toBeLessThan(n * 6 + 300_000);
  });
  it('handles hashes at the edges of the range', () => {
    const index = buildHashIndex([Uint32Array.from([0, 0xffff, 0x10000, 0xffffffff])]);
    for (const h of [0, 0xffff, 0x10000, 0xffffffff]) expect(docsOf(index, h)).toEqual([0]);
    expect(findHash(index, 1)).toBe(-1);
  });
});
