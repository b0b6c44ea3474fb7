import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHashIndex, documentsAt, findHash, hashIndexBytes } from '../../engine/hash-index';

const list = fc
  .uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 200 })
  .map((a) => Uint32Array.from(a.sort((x, y) => x - y)));

/** A deterministic shuffle (Fisher–Yates with a small LCG). */
function shuffle(l: Uint32Array, seed: number): Uint32Array {
  const out = l.slice();
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

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
  it('gives the same index for lists in any order, sorted or not', () => {
    fc.assert(
      fc.property(fc.array(list, { maxLength: 6 }), fc.integer(), (lists, seed) => {
        const shuffled = lists.map((l) => shuffle(l, seed));
        expect(buildHashIndex(shuffled)).toEqual(buildHashIndex(lists));
      }),
    );
  });
  it('keeps about seven bytes per hash', () => {
    const n = 1_000_000;
    const a = new Uint32Array(n);
    for (let i = 0; i < n; i++) a[i] = i * 4295;
    const index = buildHashIndex([a]);
    // 4 (hash) + 2 (document) + ~1 (presence bits) + the bucket table.
    expect(hashIndexBytes(index)).toBeLessThan(n * 7.5);
  });
  it('builds small tables for a small bundle (built on every page load)', () => {
    const a = Uint32Array.from({ length: 3000 }, (_, i) => i * 1_431_655);
    expect(hashIndexBytes(buildHashIndex([a]))).toBeLessThan(3000 * 6 + 8192);
    expect(hashIndexBytes(buildHashIndex([]))).toBeLessThan(1024);
  });
  it('handles hashes at the edges of the range', () => {
    const edges = [0, 1, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
    for (const size of [0, 10, 100_000]) {
      // Filler hashes change the table sizes; the edges must be found in every one.
      const filler = Array.from({ length: size }, (_, i) => 2 + i * 40_000);
      const index = buildHashIndex([Uint32Array.from([...edges, ...filler]).sort()]);
      for (const h of edges) expect(docsOf(index, h)).toEqual([0]);
      expect(findHash(index, 3)).toBe(-1);
    }
  });
});
