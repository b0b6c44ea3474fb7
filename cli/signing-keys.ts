// Ed25519 key and signature files for bundle updates, with WebCrypto as in the extension:
// PREFIX.key holds base64 PKCS#8 (private), PREFIX.pub base64 of the raw 32-byte public key, and
// BUNDLE.json.sig base64 of the 64-byte signature. Every file is one base64 line.
import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error';

const ED25519 = { name: 'Ed25519' } as const;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

export interface KeyFiles {
  /** Base64 PKCS#8 of the private key. */
  privateKey: string;
  /** Base64 of the raw public key. */
  publicKey: string;
}

export async function generateKeyFiles(): Promise<KeyFiles> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
  const raw = await crypto.subtle.exportKey('raw', pair.publicKey);
  return { privateKey: toBase64(pkcs8), publicKey: toBase64(raw) };
}

/** Bytes of a one-line base64 file, or null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.trim();
  return BASE64.test(clean) ? new Uint8Array(Buffer.from(clean, 'base64')) : null;
}

export async function readPrivateKey(file: string): Promise<CryptoKey> {
  const bytes = decodeBase64(readText(file, 'private key'));
  try {
    if (bytes === null) throw new Error('not base64');
    return await crypto.subtle.importKey('pkcs8', bytes, ED25519, false, ['sign']);
  } catch {
    throw new UsageError(`${file}: not an Ed25519 private key (base64 PKCS#8, as keygen writes)`);
  }
}

export async function readPublicKey(file: string): Promise<CryptoKey> {
  const bytes = decodeBase64(readText(file, 'public key'));
  if (bytes === null || bytes.length !== PUBLIC_KEY_BYTES) {
    throw new UsageError(
      `${file}: not an Ed25519 public key (base64 of ${PUBLIC_KEY_BYTES} bytes)`,
    );
  }
  return crypto.subtle.importKey('raw', bytes, ED25519, false, ['verify']);
}

export async function signBytes(key: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(await crypto.subtle.sign(ED25519, key, bytes));
}

/** False for a signature that is not base64 of 64 bytes, as the extension decides. */
export async function verifyBytes(
  key: CryptoKey,
  bytes: Uint8Array<ArrayBuffer>,
  signature: string,
): Promise<boolean> {
  const sig = decodeBase64(signature);
  if (sig === null || sig.length !== SIGNATURE_BYTES) return false;
  return crypto.subtle.verify(ED25519, key, sig, bytes);
}

export function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the ${what} ${file} (${errorCode(e)})`);
  }
}

export function readBytes(file: string, what: string): Uint8Array<ArrayBuffer> {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new UsageError(`cannot read the ${what} ${file} (${errorCode(e)})`);
  }
}

function toBase64(buffer: ArrayBuffer): string {
  return Buffer.from(buffer).toString('base64');
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return 'unreadable';
}
