// The bundle's text form of a fingerprint set: sorted distinct uint32 hashes, delta-encoded as
// unsigned LEB128 varints, then base64 (RFC 4648, with padding). Pure; no Buffer/atob needed.
// Positive deltas make every decoded list strictly increasing by construction, which the index
// relies on to merge the documents' lists instead of sorting them.
import { decodeBase64, encodeBase64 } from './base64';

/** Encodes sorted distinct uint32 hashes. Throws if the input is not strictly increasing. */
export function encodeHashes(hashes: Uint32Array): string {
  const bytes = new Uint8Array(hashes.length * 5);
  let n = 0;
  let previous = -1;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    if (h <= previous) throw new Error('encodeHashes: hashes must be sorted and distinct');
    // The first delta is the value itself (previous = 0 conceptually).
    let delta = previous < 0 ? h : h - previous;
    previous = h;
    while (delta >= 0x80) {
      bytes[n++] = (delta & 0x7f) | 0x80;
      delta = Math.floor(delta / 128);
    }
    bytes[n++] = delta;
  }
  return encodeBase64(bytes.subarray(0, n));
}

/** Decodes `encodeHashes` output. Throws a clear Error on malformed input. */
export function decodeHashes(encoded: string): Uint32Array {
  const bytes = base64Bytes(encoded);
  // Each hash takes at least one byte, so bytes.length bounds the count.
  const out = new Uint32Array(bytes.length);
  let count = 0;
  let value = 0;
  let i = 0;
  while (i < bytes.length) {
    let delta = 0;
    let scale = 1;
    let b: number;
    do {
      if (i >= bytes.length) throw new Error('decodeHashes: truncated varint');
      b = bytes[i++]!;
      delta += (b & 0x7f) * scale;
      scale *= 128;
      if (scale > 2 ** 35) throw new Error('decodeHashes: varint too long');
    } while (b & 0x80);
    if (count > 0 && delta === 0) throw new Error('decodeHashes: hashes not distinct');
    value += delta;
    if (value > 0xffffffff) throw new Error('decodeHashes: hash out of uint32 range');
    out[count++] = value;
  }
  return out.slice(0, count);
}

function base64Bytes(encoded: string): Uint8Array {
  try {
    return decodeBase64(encoded);
  } catch (e) {
    throw new Error(`decodeHashes: ${e instanceof Error ? e.message : String(e)}`);
  }
}
