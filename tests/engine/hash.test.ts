import { describe, expect, it } from 'vitest';
import { assertHashFunction, shingleHash, wordHash } from '../../engine/hash';

describe('hash', () => {
  it('wordHash is FNV-1a 32 over code units (known vectors for ASCII)', () => {
    expect(wordHash('', 0, 0)).toBe(0x811c9dc5);
    expect(wordHash('a', 0, 1)).toBe(0xe40c292c);
    expect(wordHash('foobar', 0, 6)).toBe(0xbf9cf968);
    expect(wordHash('xfoobarx', 1, 7)).toBe(0xbf9cf968);
  });
  it('shingleHash depends on word order', () => {
    const w = Uint32Array.from([1, 2, 3, 4]);
    const r = Uint32Array.from([4, 3, 2, 1]);
    expect(shingleHash(w, 0, 4)).not.toBe(shingleHash(r, 0, 4));
    expect(shingleHash(w, 1, 2)).toBe(shingleHash(Uint32Array.from([2, 3]), 0, 2));
  });
  it('refuses unknown hash names', () => {
    expect(assertHashFunction('fnv1a32')).toBe('fnv1a32');
    expect(() => assertHashFunction('md5')).toThrow(/unsupported fingerprint hash "md5"/);
  });
});
