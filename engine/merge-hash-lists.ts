// All documents' fingerprint hashes in one ascending array, each carrying its document number.
// Bundle lists arrive strictly increasing (the delta encoding cannot express anything else), so
// they are merged pairwise: a few sequential passes, and no table sized by the hash range, which
// mattered because the content script builds its index cold, in the interpreter, on every page.

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
  let total = 0;
  for (const list of perDocument) total += list.length;
  let hashes = new Uint32Array(total);
  let docs = new Uint16Array(total);
  // runs[r] is where run r starts; the last entry closes the last run.
  let runs: number[] = [0];
  perDocument.forEach((list, d) => {
    const ascending = strictlyIncreasing(list) ? list : sortedDistinct(list);
    const at = runs[runs.length - 1]!;
    hashes.set(ascending, at);
    docs.fill(d, at, at + ascending.length);
    runs.push(at + ascending.length);
  });
  const end = runs[runs.length - 1]!;
  let toHashes = new Uint32Array(end);
  let toDocs = new Uint16Array(end);
  while (runs.length > 2) {
    runs = mergePass(hashes, docs, toHashes, toDocs, runs);
    [hashes, toHashes] = [toHashes, hashes];
    [docs, toDocs] = [toDocs, docs];
  }
  return { hashes: hashes.subarray(0, end), docs: docs.subarray(0, end) };
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
