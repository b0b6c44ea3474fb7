// All documents' fingerprint hashes in one ascending array, each carrying its document number.
// Bundle lists arrive strictly increasing (the delta encoding cannot express anything else), so a
// bundle of a few documents, the usual case, only needs one or two sequential merge passes and no
// table sized by the hash range: that mattered because the content script builds its index cold,
// in the interpreter, on every page. Many lists are radix-sorted instead (three passes whatever
// their number, where pairwise merging takes log2 of it).
import { radixSortHashes } from './radix-sort-hashes';

/** Up to this many lists are merged pairwise (two passes at most); more are radix-sorted. */
const MAX_MERGED_LISTS = 4;

export interface MergedHashes {
  /** Every hash of every list, ascending; equal hashes in document order. */
  readonly hashes: Uint32Array;
  /** Document number (the list's position) of each hash. */
  readonly docs: Uint16Array;
}

/**
 * Merges per-document hash lists. A list that is not strictly increasing (never one from a bundle,
 * but the function is public) is sorted and deduplicated first, so the result is the same.
 */
export function mergeHashLists(perDocument: readonly Uint32Array[]): MergedHashes {
  const lists = perDocument.map((l) => (strictlyIncreasing(l) ? l : sortedDistinct(l)));
  const { hashes, docs, runs } = concatenate(lists);
  if (lists.length > MAX_MERGED_LISTS) {
    radixSortHashes(hashes, docs);
    return { hashes, docs };
  }
  return mergeRuns(hashes, docs, runs);
}

/** The lists one after the other; `runs` holds where each starts, and then the total. */
function concatenate(lists: readonly Uint32Array[]) {
  let total = 0;
  for (const list of lists) total += list.length;
  const hashes = new Uint32Array(total);
  const docs = new Uint16Array(total);
  const runs = [0];
  lists.forEach((list, d) => {
    const at = runs[runs.length - 1]!;
    hashes.set(list, at);
    docs.fill(d, at, at + list.length);
    runs.push(at + list.length);
  });
  return { hashes, docs, runs };
}

/** Merges sorted runs pairwise, pass after pass, until one is left. */
function mergeRuns(hashes: Uint32Array, docs: Uint16Array, runs: number[]): MergedHashes {
  let toHashes: Uint32Array = new Uint32Array(hashes.length);
  let toDocs: Uint16Array = new Uint16Array(docs.length);
  while (runs.length > 2) {
    runs = mergePass(hashes, docs, toHashes, toDocs, runs);
    [hashes, toHashes] = [toHashes, hashes];
    [docs, toDocs] = [toDocs, docs];
  }
  return { hashes, docs };
}

/** O(n): true when every hash is greater than the one before. */
export function strictlyIncreasing(list: Uint32Array): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! <= list[i - 1]!) return false;
  return true;
}

function sortedDistinct(list: Uint32Array): Uint32Array {
  // Typed-array sort without a comparator is numeric and native.
  const sorted = list.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  }
  return sorted.subarray(0, n);
}

/** Merges runs two by two from one pair of arrays into the other; returns the new run starts. */
function mergePass(
  hashes: Uint32Array,
  docs: Uint16Array,
  toHashes: Uint32Array,
  toDocs: Uint16Array,
  runs: readonly number[],
): number[] {
  const next: number[] = [0];
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const from = runs[r]!;
    const middle = runs[r + 1]!;
    // An odd run out is copied as it is.
    const to = r + 2 < runs.length ? runs[r + 2]! : middle;
    mergeTwo(hashes, docs, toHashes, toDocs, from, middle, to);
    next.push(to);
  }
  return next;
}

/** Merges [from, middle) and [middle, to); on equal hashes the left (lower document) comes first. */
function mergeTwo(
  hashes: Uint32Array,
  docs: Uint16Array,
  toHashes: Uint32Array,
  toDocs: Uint16Array,
  from: number,
  middle: number,
  to: number,
): void {
  let i = from;
  let j = middle;
  let out = from;
  while (i < middle && j < to) {
    if (hashes[j]! < hashes[i]!) {
      toHashes[out] = hashes[j]!;
      toDocs[out++] = docs[j++]!;
    } else {
      toHashes[out] = hashes[i]!;
      toDocs[out++] = docs[i++]!;
    }
  }
  toHashes.set(hashes.subarray(i, middle), out);
  toDocs.set(docs.subarray(i, middle), out);
  out += middle - i;
  toHashes.set(hashes.subarray(j, to), out);
  toDocs.set(docs.subarray(j, to), out);
}
