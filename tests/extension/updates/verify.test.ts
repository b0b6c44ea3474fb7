// The Ed25519 check with real keys from Node's WebCrypto: exact bytes, the right key, and clear
// refusals for mangled signatures, a broken built-in key and a browser without Ed25519.
import { describe, expect, it } from 'vitest';
import {
  importPublicKey,
  UpdateKeyError,
  verifySignature,
  type Subtle,
} from '../../../extension/updates/verify';
import { newKeyPair, sign, utf8 } from './helpers';

describe('verifySignature', () => {
  it('accepts a signature over the exact bytes with the built-in key', async () => {
    const key = await newKeyPair();
    const bytes = utf8('{"a":1}');
    const publicKey = await importPublicKey(key.publicBase64);
    expect(await verifySignature(publicKey, bytes, await sign(key, bytes))).toEqual({ ok: true });
  });

  it('refuses the same signature over bytes that differ by one space', async () => {
    const key = await newKeyPair();
    const signature = await sign(key, utf8('{"a":1}'));
    const publicKey = await importPublicKey(key.publicBase64);
    expect(await verifySignature(publicKey, utf8('{"a": 1}'), signature)).toEqual({
      ok: false,
      reason: 'signature does not verify',
    });
  });

  it('refuses a signature made with another key', async () => {
    const [key, other] = [await newKeyPair(), await newKeyPair()];
    const bytes = utf8('bundle');
    const publicKey = await importPublicKey(key.publicBase64);
    expect(await verifySignature(publicKey, bytes, await sign(other, bytes))).toMatchObject({
      ok: false,
    });
  });

  it('tolerates a trailing newline in the .sig file but nothing else', async () => {
    const key = await newKeyPair();
    const bytes = utf8('bundle');
    const signature = await sign(key, bytes);
    const publicKey = await importPublicKey(key.publicBase64);
    expect(await verifySignature(publicKey, bytes, `${signature}\n`)).toEqual({ ok: true });
    for (const bad of ['', 'not base64!', signature.slice(0, 40), `${signature}AAAA`]) {
      expect(await verifySignature(publicKey, bytes, bad)).toEqual({
        ok: false,
        reason: 'signature is not base64 of 64 bytes',
      });
    }
  });

  it('refuses a built-in key that is not 32 bytes of base64', async () => {
    await expect(importPublicKey('AAAA')).rejects.toThrow(UpdateKeyError);
    await expect(importPublicKey('not a key')).rejects.toThrow(/32-byte Ed25519 public key/);
  });

  it('says so, in one line, where the browser has no Ed25519', async () => {
    const key = await newKeyPair();
    const noEd25519: Subtle = {
      importKey: () => Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')),
      verify: () => Promise.reject(new Error('unreachable')),
    };
    await expect(importPublicKey(key.publicBase64, noEd25519)).rejects.toThrow(
      'this browser cannot verify Ed25519 signatures (WebCrypto NotSupportedError); updates are off',
    );
  });
});
