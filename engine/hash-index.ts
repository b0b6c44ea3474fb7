// The fingerprint lookup structure: every bundle hash in one sorted Uint32Array, a bucket table on
// the top 16 bits, and a parallel Uint16Array of document numbers. ~6 bytes per hash; no Set.

/** Document number marking a hash shared by several documents (see `shared`). */
const SHARED = 0xffff;
const BUCKET_BITS = 16;

export interface HashIndex {
  /** All distinct hashes, ascending. */
  readonly hashes: Uint32Array;
  /** Document number per hash, or SHARED. */
  readonly docs: Uint16Array;
  /** bucket b covers hashes[offsets[b], offsets[b + 1]) — those whose top 16 bits equal b. */
  readonly offsets: Uint32Array;
  /** Documents of hashes found in more than one document. */
  readonly shared: ReadonlyMap<number, readonly number[]>;
}

const EMPTY: HashIndex = {
  hashes: new Uint32Array(0),
  docs: new Uint16Array(0),
  offsets: new Uint32Array((1 << BUCKET_BITS) + 1),
  shared: new Map(),
};

/** Builds the index from per-document sorted distinct hash lists (document number = position). */
export function buildHashIndex(perDocument: readonly Uint32Array[]): HashIndex {
  if (perDocument.length >= SHARED) throw new Error('too many documents with fingerprints');
  let total = 0;
  for (const list of perDocument) total += list.length;
  // Most bundles carry no fingerprints; the content script builds its index on every page.
  if (total === 0) return EMPTY;
  const hashes = new Uint32Array(total);
  const docs = new Uint16Array(total);
  let n = 0;
  perDocument.forEach((list, d) => {
    hashes.set(list, n);
    docs.fill(d, n, n + list.length);
    n += list.length;
  });
  radixSort(hashes, docs);
  const shared = new Map<number, number[]>();
  const distinct = mergeDuplicates(hashes, docs, shared);
  return {
    hashes: hashes.slice(0, distinct),
    docs: docs.slice(0, distinct),
    offsets: bucketOffsets(hashes.subarray(0, distinct)),
    shared,
  };
}

/**
 * Sorts hashes (carrying their document numbers) with two stable 16-bit counting passes: linear
 * time, which a comparison sort of a million entries is not within the build budget.
 */
function radixSort(hashes: Uint32Array, docs: Uint16Array): void {
  const tmpHashes = new Uint32Array(hashes.length);
  const tmpDocs = new Uint16Array(docs.length);
  countingPass(hashes, docs, tmpHashes, tmpDocs, 0);
  countingPass(tmpHashes, tmpDocs, hashes, docs, 16);
}

function countingPass(
  fromHashes: Uint32Array,
  fromDocs: Uint16Array,
  toHashes: Uint32Array,
  toDocs: Uint16Array,
  shift: number,
): void {
  const counts = new Uint32Array(0x10001);
  for (let i = 0; i < fromHashes.length; i++) counts[((fromHashes[i]! >>> shift) & 0xffff) + 1]!++;
  for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
  for (let i = 0; i < fromHashes.length; i++) {
    const at = counts[(fromHashes[i]! >>> shift) & 0xffff]!++;
    toHashes[at] = fromHashes[i]!;
    toDocs[at] = fromDocs[i]!;
  }
}

/** Collapses equal neighbours in place, recording hashes of several documents; returns the count. */
function mergeDuplicates(
  hashes: Uint32Array,
  docs: Uint16Array,
  shared: Map<number, number[]>,
): number {
  let n = 0;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    if (n > 0 && hashes[n - 1] === h) {
      const list = shared.get(h) ?? [docs[n - 1]!];
      list.push(docs[i]!);
      shared.set(h, list);
      docs[n - 1] = SHARED;
      continue;
    }
    hashes[n] = h;
    docs[n] = docs[i]!;
    n++;
  }
  return n;
}

function bucketOffsets(hashes: Uint32Array): Uint32Array {
  const offsets = new Uint32Array((1 << BUCKET_BITS) + 1);
  for (let i = 0; i < hashes.length; i++) offsets[(hashes[i]! >>> BUCKET_BITS) + 1]!++;
  for (let b = 1; b < offsets.length; b++) offsets[b]! += offsets[b - 1]!;
  return offsets;
}

/** The position of `hash` in `index.hashes`, or -1. */
export function findHash(index: HashIndex, hash: number): number {
  const bucket = hash >>> BUCKET_BITS;
  let lo = index.offsets[bucket]!;
  let hi = index.offsets[bucket + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = index.hashes[mid]!;
    if (v === hash) return mid;
    if (v < hash) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Calls `visit` for each document containing the hash at `position` (from `findHash`). */
export function documentsAt(index: HashIndex, position: number, visit: (doc: number) => void) {
  const doc = index.docs[position]!;
  if (doc !== SHARED) {
    visit(doc);
    return;
  }
  for (const d of index.shared.get(index.hashes[position]!) ?? []) visit(d);
}

/** Approximate memory held by the index, in bytes (typed arrays plus shared lists). */
export function hashIndexBytes(index: HashIndex): number {
  let sharedBytes = 0;
  for (const list of index.shared.values()) sharedBytes += 48 + list.length * 8;
  return index.hashes.byteLength + index.docs.byteLength + index.offsets.byteLength + sharedBytes;
}
