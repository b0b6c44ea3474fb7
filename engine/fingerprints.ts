// k-word shingles: their hashes for a tokenized text (page side) and the sorted distinct
// fingerprint set of a whole document (compiler side), built by the very same steps.
import type { EngineParams } from './bundle';
import { assertHashFunction, shingleHash } from './hash';
import { normalizeText } from './normalize';
import { FILLER, tokenize, type Tokens } from './tokenize';

/** The parameters the bundle compiler writes unless told otherwise. */
export const DEFAULT_ENGINE_PARAMS: Readonly<EngineParams> = Object.freeze({
  shingle: 5,
  hash: 'fnv1a32',
});

/** Shingle hashes per start word; `informative[p]` is 0 where shingle `p` is only filler words. */
export interface Shingles {
  /** Number of shingles: max(0, words - k + 1). */
  readonly count: number;
  readonly hashes: Uint32Array;
  readonly informative: Uint8Array;
}

/** Hashes every k-word shingle of `tokens`. Throws on an unknown hash name. */
export function shingles(tokens: Tokens, params: EngineParams): Shingles {
  assertHashFunction(params.hash);
  const k = params.shingle;
  const count = Math.max(0, tokens.count - k + 1);
  const hashes = new Uint32Array(count);
  const informative = new Uint8Array(count);
  // Running count of content (non-filler) words inside the current window.
  let content = 0;
  for (let t = 0; t < Math.min(k, tokens.count); t++) content += (tokens.flags[t]! & FILLER) ^ 1;
  for (let p = 0; p < count; p++) {
    if (p > 0) {
      content -= (tokens.flags[p - 1]! & FILLER) ^ 1;
      content += (tokens.flags[p + k - 1]! & FILLER) ^ 1;
    }
    hashes[p] = shingleHash(tokens.hashes, p, k);
    informative[p] = content > 0 ? 1 : 0;
  }
  return { count, hashes, informative };
}

/**
 * The fingerprint set of a document's plain text: the hashes of its informative shingles,
 * sorted ascending and distinct — what `encodeHashes` expects. Throws on an unknown hash name.
 */
export function documentFingerprints(text: string, params: EngineParams): Uint32Array {
  const sh = shingles(tokenize(normalizeText(text)), params);
  const kept = new Uint32Array(sh.count);
  let n = 0;
  for (let p = 0; p < sh.count; p++) if (sh.informative[p]) kept[n++] = sh.hashes[p]!;
  const sorted = kept.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  }
  return sorted.slice(0, distinct);
}

/** Number of words in a document's text, as the engine counts them (the bundle's `words`). */
export function documentWordCount(text: string): number {
  return tokenize(normalizeText(text)).count;
}
