// The bundle's text form of a fingerprint set: sorted distinct uint32 hashes, delta-encoded as
// unsigned LEB128 varints, then base64 (RFC 4648, with padding). Pure; no Buffer/atob needed.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 character code → 6-bit value, or 255 for a character outside the alphabet. */
const DECODE = ((): Uint8Array => {
  const table = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

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
  return toBase64(bytes.subarray(0, n));
}

/** Decodes `encodeHashes` output. Throws a clear Error on malformed input. */
export function decodeHashes(encoded: string): Uint32Array {
  const bytes = fromBase64(encoded);
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

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    chunk +=
      ALPHABET[a >> 2]! +
      ALPHABET[((a & 3) << 4) | (b >> 4)]! +
      (i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=') +
      (i + 2 < bytes.length ? ALPHABET[c & 63]! : '=');
    // Flush now and then so the string does not grow as one long rope.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

function fromBase64(text: string): Uint8Array {
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61 /* '=' */) len--;
  if (len % 4 === 1) throw new Error('decodeHashes: invalid base64 length');
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    acc = ((acc << 6) | sextet(text, i)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function sextet(s: string, i: number): number {
  const code = s.charCodeAt(i);
  const v = code < 128 ? DECODE[code]! : 255;
  if (v === 255) throw new Error(`decodeHashes: invalid base64 character at ${i}`);
  return v;
}
