// The fingerprint lookup structure: every bundle hash in one sorted Uint32Array, a bucket table on
// the top bits, a parallel Uint16Array of document numbers, and presence bits that turn away most
// absent hashes before the array is touched. ~7 bytes per hash; no Set.
import { mergeHashLists } from './merge-hash-lists';
import { buildPresenceBits, mayContain, presenceBitsFor, type PresenceBits } from './presence-bits';

/** Document number marking a hash shared by several documents (see `shared`). */
const SHARED = 0xffff;
/** At most 2^16 buckets (256 KB of offsets): ~15 hashes per bucket at a million hashes. */
const MAX_BUCKET_BITS = 16;

export interface HashIndex {
  /** All distinct hashes, ascending. */
  readonly hashes: Uint32Array;
  /** Document number per hash, or SHARED. */
  readonly docs: Uint16Array;
  /** Bucket b holds the hashes whose top `bucketBits` bits equal b. */
  readonly bucketBits: number;
  /** bucket b covers hashes[offsets[b], offsets[b + 1]). */
  readonly offsets: Uint32Array;
  /** Checked first: most page shingles are in no document. */
  readonly presence: PresenceBits;
  /** Documents of hashes found in more than one document. */
  readonly shared: ReadonlyMap<number, readonly number[]>;
}

/**
 * Builds the index from per-document hash lists (document number = position). Lists from a bundle
 * are strictly increasing and are merged in linear passes; any other list is sorted first.
 */
export function buildHashIndex(perDocument: readonly Uint32Array[]): HashIndex {
  if (perDocument.length >= SHARED) throw new Error('too many documents with fingerprints');
  const { hashes, docs } = mergeHashLists(perDocument);
  const shared = new Map<number, number[]>();
  const distinct = mergeDuplicates(hashes, docs, shared);
  // Copies only when duplicates left spare room (hashes shared by documents are rare).
  const unique = distinct === hashes.length ? hashes : hashes.slice(0, distinct);
  const bucketBits = bucketBitsFor(distinct);
  return {
    hashes: unique,
    docs: distinct === docs.length ? docs : docs.slice(0, distinct),
    bucketBits,
    offsets: bucketOffsets(unique, bucketBits),
    presence: buildPresenceBits(unique, presenceBitsFor(distinct)),
    shared,
  };
}

/**
 * About 8 hashes per bucket, and never more buckets than that: a small bundle (the usual case)
 * then builds a small table on each page load rather than 65 536 entries.
 */
function bucketBitsFor(count: number): number {
  let bits = 1;
  while (bits < MAX_BUCKET_BITS && 2 ** bits * 8 < count) bits++;
  return bits;
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

function bucketOffsets(hashes: Uint32Array, bits: number): Uint32Array {
  const offsets = new Uint32Array(2 ** bits + 1);
  const shift = 32 - bits;
  for (let i = 0; i < hashes.length; i++) offsets[(hashes[i]! >>> shift) + 1]!++;
  for (let b = 1; b < offsets.length; b++) offsets[b]! += offsets[b - 1]!;
  return offsets;
}

/** The position of `hash` in `index.hashes`, or -1. */
export function findHash(index: HashIndex, hash: number): number {
  if (!mayContain(index.presence, hash)) return -1;
  const bucket = hash >>> (32 - index.bucketBits);
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
  const arrays = index.hashes.byteLength + index.docs.byteLength + index.offsets.byteLength;
  return arrays + index.presence.words.byteLength + sharedBytes;
}
