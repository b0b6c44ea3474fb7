// Shared by the update tests: real Ed25519 keys from Node's WebCrypto, signed bundles, and a fake
// `fetch` that serves files from a map (with ETags and streamed bodies).
import type { Bundle } from '../../../engine/bundle';
import { bytesToBase64 } from '../../../extension/updates/base64';
import type { Fetch } from '../../../extension/updates/fetch-update';

export interface KeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
  /** Base64 of the raw 32-byte public key, as rules/update-key.pub holds it. */
  publicBase64: string;
}

export async function newKeyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { ...pair, publicBase64: bytesToBase64(raw) };
}

export async function sign(key: KeyPair, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const sig = await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, bytes);
  return bytesToBase64(new Uint8Array(sig));
}

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** A small valid bundle; `patch` changes any top-level field. */
export function testBundle(patch: Record<string, unknown> = {}): Bundle & Record<string, unknown> {
  return {
    format: 1,
    id: 'test-bundle',
    version: 5,
    created: '2031-04-28',
    engine: { shingle: 5, hash: 'fnv1a32' },
    leaks: [
      {
        id: 'northwind',
        title: 'Northwind leak',
        summary: 'A fictional leak.',
        disclosed: '2031-04-01',
        documents: [
          {
            id: 'memo',
            title: 'Northwind memo',
            aliases: ['the memo'],
            phrases: ['the quarterly tide tables were altered before the audit'],
            urls: ['https://copies.example/memo'],
          },
        ],
        mentions: ['Operation Lantern'],
        weakMentions: [],
        context: { attribution: [], timeline: [] },
        statements: [],
      },
    ],
    ...patch,
  } as Bundle & Record<string, unknown>;
}

export interface Served {
  status?: number;
  body: Uint8Array<ArrayBuffer> | string;
  etag?: string;
  headers?: Record<string, string>;
}

export interface FakeServer {
  fetch: Fetch;
  files: Map<string, Served>;
  /** Every request: its URL and If-None-Match header. */
  requests: { url: string; ifNoneMatch: string | null }[];
}

/** Serves `files` by URL; 304 when If-None-Match equals the file's ETag; 404 otherwise. */
export function fakeServer(): FakeServer {
  const files = new Map<string, Served>();
  const requests: FakeServer['requests'] = [];
  const fetch: Fetch = async (url, init) => {
    const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
    requests.push({ url, ifNoneMatch });
    const file = files.get(url);
    if (!file) return new Response('not found', { status: 404 });
    const headers = new Headers(file.headers);
    if (file.etag) headers.set('etag', file.etag);
    if (file.etag && ifNoneMatch === file.etag) return new Response(null, { status: 304, headers });
    return new Response(file.body, { status: file.status ?? 200, headers });
  };
  return { fetch, files, requests };
}
