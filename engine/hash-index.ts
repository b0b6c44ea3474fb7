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

/** Builds the index from per-document sorted distinct hash lists (document number = position). */
export function buildHashIndex(perDocument: readonly Uint32Array[]): HashIndex {
  if (perDocument.length >= SHARED) throw new Error('too many documents with fingerprints');
  let total = 0;
  for (const list of perDocument) total += list.length;
  const hashes = new Uint32Array(total);
  const docs = new Uint16Array(total);
  const shared = new Map<number, number[]>();
  const n = mergeAll(perDocument, hashes, docs, shared);
  const index = {
    hashes: hashes.slice(0, n),
    docs: docs.slice(0, n),
    offsets: bucketOffsets(hashes.subarray(0, n)),
    shared,
  };
  return index;
}

/**
 * k-way merge by repeated pairwise merging of document lists (each already sorted), marking
 * hashes present in several documents. O(N log D). Returns the number of distinct hashes.
 */
function mergeAll(
  lists: readonly Uint32Array[],
  outHashes: Uint32Array,
  outDocs: Uint16Array,
  shared: Map<number, number[]>,
): number {
  let runs: Run[] = lists.map((list, d) => ({
    hashes: list,
    docs: new Uint16Array(list.length).fill(d),
  }));
  if (runs.length === 0) return 0;
  while (runs.length > 1) {
    const next: Run[] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const b = runs[i + 1];
      next.push(b ? mergeTwo(runs[i]!, b, shared) : runs[i]!);
    }
    runs = next;
  }
  outHashes.set(runs[0]!.hashes);
  outDocs.set(runs[0]!.docs);
  return runs[0]!.hashes.length;
}

interface Run {
  hashes: Uint32Array;
  docs: Uint16Array;
}

function mergeTwo(a: Run, b: Run, shared: Map<number, number[]>): Run {
  const hashes = new Uint32Array(a.hashes.length + b.hashes.length);
  const docs = new Uint16Array(hashes.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.hashes.length || j < b.hashes.length) {
    const ha = i < a.hashes.length ? a.hashes[i]! : Infinity;
    const hb = j < b.hashes.length ? b.hashes[j]! : Infinity;
    if (ha < hb) {
      hashes[n] = ha;
      docs[n++] = a.docs[i++]!;
    } else if (hb < ha) {
      hashes[n] = hb;
      docs[n++] = b.docs[j++]!;
    } else {
      hashes[n] = ha;
      docs[n++] = markShared(ha, a.docs[i++]!, b.docs[j++]!, shared);
    }
  }
  return { hashes: hashes.subarray(0, n), docs: docs.subarray(0, n) };
}

function markShared(hash: number, da: number, db: number, shared: Map<number, number[]>): number {
  const list = shared.get(hash) ?? [];
  if (da !== SHARED) list.push(da);
  if (db !== SHARED) list.push(db);
  shared.set(hash, list);
  return SHARED;
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
