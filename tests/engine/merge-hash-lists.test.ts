import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeHashLists, strictlyIncreasing } from '../../engine/merge-hash-lists';

const anyList = fc
  .array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 60 })
  .map((a) => Uint32Array.from(a));
const sortedList = anyList.map((a) => Uint32Array.from(new Set(a.sort())));

/** What the merge must give: the distinct hashes of each list, all sorted, ties in list order. */
function expected(lists: readonly Uint32Array[]): [number, number][] {
  return lists
    .flatMap((l, d) => [...new Set(l)].map((h): [number, number] => [h, d]))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function pairs(lists: readonly Uint32Array[]): [number, number][] {
  const { hashes, docs } = mergeHashLists(lists);
  return [...hashes].map((h, i): [number, number] => [h, docs[i]!]);
}

describe('mergeHashLists', () => {
  it('merges sorted lists of any number of documents', () => {
    fc.assert(
      fc.property(fc.array(sortedList, { maxLength: 13 }), (lists) => {
        expect(pairs(lists)).toEqual(expected(lists));
      }),
    );
  });
  it('sorts and deduplicates a list that is not strictly increasing', () => {
    fc.assert(
      fc.property(fc.array(anyList, { maxLength: 7 }), (lists) => {
        expect(pairs(lists)).toEqual(expected(lists));
      }),
    );
    expect(pairs([Uint32Array.from([9, 3, 3, 0xffffffff, 0])])).toEqual([
      [0, 0],
      [3, 0],
      [9, 0],
      [0xffffffff, 0],
    ]);
  });
  it('leaves the input lists untouched', () => {
    const unsorted = Uint32Array.from([5, 1, 4]);
    mergeHashLists([unsorted, Uint32Array.from([2])]);
    expect([...unsorted]).toEqual([5, 1, 4]);
  });
  it('recognizes strictly increasing lists in one pass', () => {
    expect(strictlyIncreasing(Uint32Array.from([]))).toBe(true);
    expect(strictlyIncreasing(Uint32Array.from([0, 1, 0xffffffff]))).toBe(true);
    expect(strictlyIncreasing(Uint32Array.from([1, 1]))).toBe(false);
    expect(strictlyIncreasing(Uint32Array.from([2, 1]))).toBe(false);
  });
});
