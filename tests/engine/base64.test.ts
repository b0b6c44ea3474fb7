import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeBase64Portable,
  decodeBase64With,
  encodeBase64,
  nativeFromBase64,
  type NativeFromBase64,
} from '../../engine/base64';

/**
 * V8's own `Uint8Array.fromBase64`: Node 24 ships it behind a flag, which takes effect in contexts
 * created after it is set. Later Node versions have it without the flag.
 */
function v8FromBase64(): NativeFromBase64 | undefined {
  const present = nativeFromBase64();
  if (present !== undefined) return present;
  setFlagsFromString('--js-base-64');
  const fromContext: unknown = runInNewContext('Uint8Array.fromBase64');
  return typeof fromContext === 'function' ? (fromContext as NativeFromBase64) : undefined;
}

const native = v8FromBase64();
const nativeDecode = (text: string): Uint8Array => decodeBase64With(native!, text);
const bytes = fc.uint8Array({ maxLength: 200 });
/** Mostly valid text, with the characters that trip decoders: padding, whitespace, others. */
const text = fc.string({
  unit: fc.constantFrom(
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
    '=',
    ' ',
    '\n',
    '-',
    '_',
    'é',
  ),
  maxLength: 24,
});

/** Decodes, or says it threw (the paths' messages differ only in their detail). */
function outcome(decode: (t: string) => Uint8Array, t: string): number[] | 'throws' {
  try {
    return [...decode(t)];
  } catch {
    return 'throws';
  }
}

describe('base64', () => {
  it('encodes as padded RFC 4648 base64', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(encodeBase64(b)).toBe(Buffer.from(b).toString('base64'));
      }),
    );
  });
  it('portable decoding round-trips, padded or not', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const encoded = encodeBase64(b);
        expect(decodeBase64Portable(encoded)).toEqual(b);
        expect(decodeBase64Portable(encoded.replace(/=+$/, ''))).toEqual(b);
      }),
    );
  });
  it('refuses whitespace, other characters, misplaced padding and impossible lengths', () => {
    for (const bad of ['AQ I', 'AQ\nID', 'A-_B', 'AQ=I', 'AQ=', 'AQID=', 'AQ===', 'A', 'AQIDB']) {
      expect(() => decodeBase64Portable(bad), bad).toThrow(/invalid base64/);
    }
  });
  it('V8 has a native decoder to test against', () => {
    expect(native).toBeTypeOf('function');
  });
  it.runIf(native)('native decoding gives the same bytes', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect([...nativeDecode(encodeBase64(b))]).toEqual([...b]);
      }),
    );
  });
  it.runIf(native)('native and portable decoding accept and refuse the same texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(outcome(nativeDecode, t)).toEqual(outcome(decodeBase64Portable, t));
      }),
      { numRuns: 2000 },
    );
  });
  it('decodeBase64 uses whichever path this runtime has', () => {
    expect([...decodeBase64('AQID')]).toEqual([1, 2, 3]);
    expect(() => decodeBase64('AQ I')).toThrow(/invalid base64/);
  });
});
