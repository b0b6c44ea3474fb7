// The Ed25519 check of an update: the detached signature over the exact bytes served, against the
// public key built into the extension, with the browser's own WebCrypto (no library).
import { base64ToBytes } from './base64';

export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/** WebCrypto's signature API; injected so tests (and Node) pass their own. */
export type Subtle = Pick<SubtleCrypto, 'importKey' | 'verify'>;

/** Thrown when the built-in key cannot be used: a broken build or a browser without Ed25519. */
export class UpdateKeyError extends Error {
  override readonly name = 'UpdateKeyError';
}

/** Imports the built-in public key (base64 of the raw 32 bytes). */
export async function importPublicKey(
  base64: string,
  subtle: Subtle = crypto.subtle,
): Promise<CryptoKey> {
  const raw = base64ToBytes(base64);
  if (raw === null || raw.length !== PUBLIC_KEY_BYTES) {
    throw new UpdateKeyError('the built-in update key is not a 32-byte Ed25519 public key');
  }
  try {
    return await subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
  } catch (e) {
    // Chromium before 137 and Firefox before 129 lack Ed25519 in WebCrypto: say so, never skip.
    const detail = e instanceof Error ? e.name : 'error';
    throw new UpdateKeyError(
      `this browser cannot verify Ed25519 signatures (WebCrypto ${detail}); updates are off`,
    );
  }
}

/** Verifies `signature` (base64 text of 64 bytes) over `bytes`. Never throws. */
export async function verifySignature(
  key: CryptoKey,
  bytes: Uint8Array<ArrayBuffer>,
  signature: string,
  subtle: Subtle = crypto.subtle,
): Promise<VerifyResult> {
  const sig = base64ToBytes(signature);
  if (sig === null || sig.length !== SIGNATURE_BYTES) {
    return { ok: false, reason: `signature is not base64 of ${SIGNATURE_BYTES} bytes` };
  }
  try {
    const valid = await subtle.verify({ name: 'Ed25519' }, key, sig, bytes);
    return valid ? { ok: true } : { ok: false, reason: 'signature does not verify' };
  } catch (e) {
    return {
      ok: false,
      reason: `signature check failed (${e instanceof Error ? e.name : 'error'})`,
    };
  }
}
