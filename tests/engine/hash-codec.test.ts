import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHashes, encodeHashes } from '../../engine/hash-codec';

const sortedDistinct = fc
  .uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 300 })
  .map((a) => Uint32Array.from(a.sort((x, y) => x - y)));

describe('hash codec', () => {
  it('round-trips any sorted distinct uint32 set', () => {
    fc.assert(
      fc.property(sortedDistinct, (hashes) => {
        expect(decodeHashes(encodeHashes(hashes))).toEqual(hashes);
      }),
    );
  });
  it('writes the documented format: LEB128 deltas, then base64', () => {
    // 1 → [0x01]; 300 - 1 = 299 → [0xab, 0x02]; 0xffffffff - 300 → 5 bytes.
    const bytes = [0x01, 0xab, 0x02, 0xd3, 0xfd, 0xff, 0xff, 0x0f];
    const expected = btoa(String.fromCharCode(...bytes));
    expect(encodeHashes(Uint32Array.from([1, 300, 0xffffffff]))).toBe(expected);
  });
  it('encodes the empty set as the empty string', () => {
    expect(encodeHashes(new Uint32Array(0))).toBe('');
    expect(decodeHashes('')).toEqual(new Uint32Array(0));
  });
  it('refuses unsorted or repeated input', () => {
    expect(() => encodeHashes(Uint32Array.from([5, 3]))).toThrow(/sorted/);
    expect(() => encodeHashes(Uint32Array.from([3, 3]))).toThrow(/sorted/);
  });
  it('refuses malformed encodings with a clear error', () => {
    expect(() => decodeHashes('!!!!')).toThrow(/invalid base64/);
    expect(() => decodeHashes(btoa(String.fromCharCode(0x80)))).toThrow(/truncated/);
    expect(() => decodeHashes(btoa(String.fromCharCode(1, 0)))).toThrow(/distinct/);
    const tooBig = btoa(String.fromCharCode(0xff, 0xff, 0xff, 0xff, 0x0f, 0x01));
    expect(() => decodeHashes(tooBig)).toThrow(/uint32/);
  });
});
