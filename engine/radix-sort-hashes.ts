// Sorts hashes, carrying a document number each, by least-significant-digit radix sort: three
// stable counting passes of 11 bits. Linear time, which a comparison sort of a million entries is
// not within the index build budget; 11-bit digits keep the count tables (2 048 entries) in the
// L1 cache and small enough to clear cheaply for a small bundle.

const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;
const PASSES = Math.ceil(32 / DIGIT_BITS);

/** Sorts `hashes` ascending in place, moving `docs` along; equal hashes keep their order. */
export function radixSortHashes(hashes: Uint32Array, docs: Uint16Array): void {
  let fromHashes = hashes;
  let fromDocs = docs;
  let toHashes: Uint32Array = new Uint32Array(hashes.length);
  let toDocs: Uint16Array = new Uint16Array(docs.length);
  for (let pass = 0; pass < PASSES; pass++) {
    countingPass(fromHashes, fromDocs, toHashes, toDocs, pass * DIGIT_BITS);
    [fromHashes, toHashes] = [toHashes, fromHashes];
    [fromDocs, toDocs] = [toDocs, fromDocs];
  }
  // An odd number of passes leaves the result in the scratch arrays.
  if (fromHashes !== hashes) {
    hashes.set(fromHashes);
    docs.set(fromDocs);
  }
}

function countingPass(
  fromHashes: Uint32Array,
  fromDocs: Uint16Array,
  toHashes: Uint32Array,
  toDocs: Uint16Array,
  shift: number,
): void {
  const next = new Uint32Array(DIGITS);
  for (let i = 0; i < fromHashes.length; i++) next[(fromHashes[i]! >>> shift) & (DIGITS - 1)]!++;
  let at = 0;
  for (let d = 0; d < DIGITS; d++) {
    const count = next[d]!;
    next[d] = at;
    at += count;
  }
  for (let i = 0; i < fromHashes.length; i++) {
    const to = next[(fromHashes[i]! >>> shift) & (DIGITS - 1)]!++;
    toHashes[to] = fromHashes[i]!;
    toDocs[to] = fromDocs[i]!;
  }
}
