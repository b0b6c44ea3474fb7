// Base64 (RFC 4648 alphabet, padding optional on input) for the bundle's fingerprint lists. The
// content script decodes them on every page load, so decoding uses the browser's native
// `Uint8Array.fromBase64` where it exists (one C++ call instead of a per-character loop that
// runs cold in the interpreter), and a portable decoder elsewhere. Both accept exactly the same
// inputs and give the same bytes.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 character code → 6-bit value, or 255 for a character outside the alphabet. */
const DECODE = ((): Uint8Array => {
  const table = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Any character outside the alphabet (padding is stripped before this test). */
const OUTSIDE_ALPHABET = /[^A-Za-z0-9+/]/;

/** The native decoder's shape (TC39 "Uint8Array to/from base64"; not yet in TypeScript's lib). */
export type NativeFromBase64 = (text: string) => Uint8Array;

/** `Uint8Array.fromBase64` when this runtime has it (Chrome 140+, Firefox 133+, Safari 18.2+). */
export function nativeFromBase64(): NativeFromBase64 | undefined {
  const candidate = (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
  return typeof candidate === 'function' ? (candidate as NativeFromBase64) : undefined;
}

const NATIVE = nativeFromBase64();

/** Decodes base64 text. Throws an Error saying what is wrong on malformed input. */
export function decodeBase64(text: string): Uint8Array {
  return NATIVE === undefined ? decodeBase64Portable(text) : decodeBase64With(NATIVE, text);
}

/**
 * Decodes with a native decoder, after the same checks as the portable path: the native default
 * also skips whitespace and gives its own messages, and both paths must accept the same inputs.
 */
export function decodeBase64With(native: NativeFromBase64, text: string): Uint8Array {
  checkShape(text);
  try {
    return native.call(Uint8Array, text);
  } catch (e) {
    throw new Error(`invalid base64: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Decodes base64 text with a plain loop: for runtimes without `Uint8Array.fromBase64`. */
export function decodeBase64Portable(text: string): Uint8Array {
  const len = checkShape(text);
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    acc = ((acc << 6) | DECODE[code]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Checks the characters and the length; returns the length without padding. Padding is optional,
 * but when present it completes the last group of four; whitespace is refused.
 */
function checkShape(text: string): number {
  let len = text.length;
  for (let pad = 0; pad < 2 && len > 0 && text.charCodeAt(len - 1) === 61 /* '=' */; pad++) len--;
  const bad = text.slice(0, len).search(OUTSIDE_ALPHABET);
  if (bad >= 0) throw new Error(`invalid base64 character at ${bad}`);
  if (len % 4 === 1 || (len < text.length && text.length % 4 !== 0)) {
    throw new Error('invalid base64 length');
  }
  return len;
}

/** Encodes bytes as padded base64 (the compiler side; not on the per-page path). */
export function encodeBase64(bytes: Uint8Array): string {
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
