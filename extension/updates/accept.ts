// The accept/refuse decision for a downloaded bundle: signature over the exact bytes, then UTF-8,
// JSON, schema, version and engine checks. Refusals carry a one-line reason; nothing here stores.
import { parseBundle, type Bundle } from '../../engine/bundle';
import { buildIndex } from '../../engine/index';
import { verifySignature, type Subtle } from './verify';

export interface Candidate {
  /** The bundle file exactly as served. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The detached signature file's text (base64 of 64 bytes). */
  signature: string;
}

export interface AcceptContext {
  publicKey: CryptoKey;
  /** Version of the bundle in use now (an accepted update, else the built-in one). */
  activeVersion: number;
  /** Version of the bundle built into the extension: the floor. */
  builtinVersion: number;
  subtle?: Subtle;
}

export type Acceptance =
  | { kind: 'accepted'; bundle: Bundle; text: string }
  /** Signed and valid, but exactly the version already active: nothing to do, nothing wrong. */
  | { kind: 'current'; version: number }
  | { kind: 'refused'; reason: string };

const refuse = (reason: string): Acceptance => ({ kind: 'refused', reason });

export async function acceptBundle(candidate: Candidate, ctx: AcceptContext): Promise<Acceptance> {
  // The signature comes first: nothing unsigned is ever parsed.
  const signed = await verifySignature(
    ctx.publicKey,
    candidate.bytes,
    candidate.signature,
    ctx.subtle,
  );
  if (!signed.ok) return refuse(signed.reason);
  const text = decodeUtf8(candidate.bytes);
  if (text === null) return refuse('bundle is not UTF-8 text');
  const parsed = parseJson(text);
  if (!parsed.ok) return refuse('bundle is not JSON');
  const bundle = parseBundle(parsed.value);
  if (!bundle.ok) return refuse(bundle.error);
  const version = checkVersion(bundle.value.version, ctx);
  if (version !== null) return version;
  const engineProblem = engineRefusal(bundle.value);
  if (engineProblem !== null) return refuse(engineProblem);
  return { kind: 'accepted', bundle: bundle.value, text };
}

/**
 * No downgrade, no replay: only a version above the active one, which is never below the built-in
 * one. The same version again is "current" (a server without ETags serves it every check).
 */
function checkVersion(version: number, ctx: AcceptContext): Acceptance | null {
  const floor = Math.max(ctx.activeVersion, ctx.builtinVersion);
  if (version === floor) return { kind: 'current', version };
  if (version < floor)
    return refuse(`version ${version} is older than the active version ${floor}`);
  return null;
}

/** The engine must be able to use it: known format and hash function, decodable fingerprints. */
function engineRefusal(bundle: Bundle): string | null {
  try {
    buildIndex(bundle);
    return null;
  } catch (e) {
    return `engine cannot use the bundle: ${e instanceof Error ? e.message : String(e)}`;
  }
}

function decodeUtf8(bytes: Uint8Array<ArrayBuffer>): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
