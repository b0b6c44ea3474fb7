// The network half of a check: the bundle with If-None-Match, then its detached signature at
// `<url>.sig`, both size-capped while reading. Network trouble is "failed" (try again later);
// anything wrong with what was served is "refused".
import type { Candidate } from './accept';
import { MAX_BUNDLE_BYTES, MAX_SIGNATURE_BYTES, readCapped } from './read-capped';
import { parseUpdateUrl, signatureUrl, type UrlRules } from './update-url';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchOptions {
  fetch: Fetch;
  rules: UrlRules;
  /** Defaults to MAX_BUNDLE_BYTES. */
  maxBytes?: number;
  /** Per request; defaults to 60 s. */
  timeoutMs?: number;
}

export type Fetched =
  | { kind: 'notModified' }
  | { kind: 'fetched'; candidate: Candidate; etag: string | null }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; reason: string };

const DEFAULT_TIMEOUT_MS = 60_000;

type Got = { ok: true; response: Response } | { ok: false; result: Fetched };

export async function fetchUpdate(
  url: string,
  etag: string | null,
  options: FetchOptions,
): Promise<Fetched> {
  const bundle = await get(url, etag, options);
  if (!bundle.ok) return bundle.result;
  if (bundle.response.status === 304 && etag !== null) return { kind: 'notModified' };
  if (!bundle.response.ok)
    return { kind: 'failed', reason: `HTTP ${bundle.response.status} from ${url}` };
  const bytes = await readCapped(bundle.response, options.maxBytes ?? MAX_BUNDLE_BYTES, 'bundle');
  if (!bytes.ok) return { kind: 'refused', reason: bytes.reason };
  const signature = await fetchSignature(signatureUrl(url), options);
  if (signature.kind !== 'text') return signature.result;
  return {
    kind: 'fetched',
    candidate: { bytes: bytes.bytes, signature: signature.text },
    etag: bundle.response.headers.get('etag'),
  };
}

async function fetchSignature(
  url: string,
  options: FetchOptions,
): Promise<{ kind: 'text'; text: string } | { kind: 'error'; result: Fetched }> {
  const got = await get(url, null, options);
  if (!got.ok) return { kind: 'error', result: got.result };
  if (!got.response.ok) {
    return {
      kind: 'error',
      result: { kind: 'refused', reason: `no signature at ${url} (HTTP ${got.response.status})` },
    };
  }
  const bytes = await readCapped(got.response, MAX_SIGNATURE_BYTES, 'signature');
  if (!bytes.ok) return { kind: 'error', result: { kind: 'refused', reason: bytes.reason } };
  return { kind: 'text', text: new TextDecoder().decode(bytes.bytes) };
}

/** One GET without cookies or the HTTP cache; a redirect must land on an allowed URL too. */
async function get(url: string, etag: string | null, options: FetchOptions): Promise<Got> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'GET',
      headers: etag === null ? {} : { 'If-None-Match': etag },
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : 'network error';
    return { ok: false, result: { kind: 'failed', reason: `cannot fetch ${url} (${why})` } };
  }
  if (response.url !== '' && !parseUpdateUrl(response.url, options.rules).ok) {
    await response.body?.cancel().catch(() => {});
    return {
      ok: false,
      result: { kind: 'refused', reason: `${url} redirected to a non-https address` },
    };
  }
  return { ok: true, response };
}
