// The shingle hash functions the engine implements, by the name a bundle's `engine.hash` states.
// Compiler and scanner must hash identically, so the definitions here are the contract.

/** FNV-1a 32-bit constants. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Hash function names this engine implements. `fnv1a32`: a word's hash is FNV-1a (32-bit) over the
 * UTF-16 code units of its normalized text; a shingle's hash is FNV-1a (32-bit) over the
 * little-endian bytes of its word hashes, in order.
 */
export const HASH_FUNCTIONS = ['fnv1a32'] as const;
export type HashFunction = (typeof HASH_FUNCTIONS)[number];

export function isHashFunction(name: string): name is HashFunction {
  return (HASH_FUNCTIONS as readonly string[]).includes(name);
}

/** Throws a clear Error for a hash name this engine does not implement (never guess). */
export function assertHashFunction(name: string): HashFunction {
  if (isHashFunction(name)) return name;
  throw new Error(
    `unsupported fingerprint hash "${name}" (this engine implements: ${HASH_FUNCTIONS.join(', ')})`,
  );
}

/** FNV-1a over the code units of `text[start, end)`; no substring is allocated. */
export function wordHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

/** FNV-1a over the little-endian bytes of `words[from, from + k)`. */
export function shingleHash(words: Uint32Array, from: number, k: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < from + k; i++) {
    const w = words[i]!;
    h = Math.imul(h ^ (w & 0xff), FNV_PRIME);
    h = Math.imul(h ^ ((w >>> 8) & 0xff), FNV_PRIME);
    h = Math.imul(h ^ ((w >>> 16) & 0xff), FNV_PRIME);
    h = Math.imul(h ^ (w >>> 24), FNV_PRIME);
  }
  return h >>> 0;
}
