// One update check over a fake server and WXT's fake storage: off until configured, ETags,
// acceptance that survives a restart, and refusals that keep the last good bundle and are logged.
import { pageFilterOf } from '../../../engine/page-filter';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkForUpdate, type CheckDeps } from '../../../extension/updates/check';
import {
  activeUpdateItem,
  loadStoredUpdate,
  loadUpdateLog,
  saveUpdateUrl,
} from '../../../extension/updates/store';
import {
  fakeServer,
  newKeyPair,
  sign,
  testBundle,
  utf8,
  type FakeServer,
  type KeyPair,
} from './helpers';

const URL_ = 'https://rules.example/bundle.json';
const SIG = `${URL_}.sig`;
const NOW = new Date('2031-05-01T10:00:00Z');

let key: KeyPair;
let server: FakeServer;
beforeAll(async () => {
  key = await newKeyPair();
});
beforeEach(() => {
  fakeBrowser.reset();
  server = fakeServer();
});

const deps = (patch: Partial<CheckDeps> = {}): CheckDeps => ({
  fetch: server.fetch,
  publicKey: key.publicBase64,
  builtin: { version: 2 },
  rules: { allowHttpLoopback: false },
  extensionVersion: '1.2.3',
  now: () => NOW,
  ...patch,
});

/** Puts a signed bundle (and its .sig) on the fake server. */
async function publish(version: number, etag = `"v${version}"`, signer = key): Promise<string> {
  const text = JSON.stringify(testBundle({ version }));
  server.files.set(URL_, { body: text, etag });
  server.files.set(SIG, { body: `${await sign(signer, utf8(text))}\n` });
  return text;
}

describe('checkForUpdate', () => {
  it('does nothing, and fetches nothing, until a URL is configured', async () => {
    expect(await checkForUpdate(deps())).toBeNull();
    expect(server.requests).toEqual([]);
  });

  it('accepts a signed newer bundle, stores its exact text and logs the check', async () => {
    await saveUpdateUrl(URL_);
    const text = await publish(3);
    expect(await checkForUpdate(deps())).toEqual({
      at: NOW.toISOString(),
      url: URL_,
      result: 'updated',
      version: 3,
    });
    expect(await loadStoredUpdate()).toMatchObject({
      text,
      version: 3,
      id: 'test-bundle',
      url: URL_,
      acceptedAt: NOW.toISOString(),
      // Checked here, so pages of this version use it without checking again.
      checkedBy: '1.2.3',
      // Its page filter, so the lookout applies it without the bundle (extension/page/lookout.ts).
      filter: pageFilterOf(JSON.parse(text)),
    });
    expect(server.requests.map((r) => r.url)).toEqual([URL_, SIG]);
  });

  it('keeps the accepted bundle in storage.local (it survives a restart)', async () => {
    await saveUpdateUrl(URL_);
    await publish(3);
    await checkForUpdate(deps());
    const raw = await fakeBrowser.storage.local.get('activeBundle');
    expect(raw).toEqual({ activeBundle: expect.objectContaining({ version: 3 }) });
  });

  it('sends If-None-Match and treats 304 as not modified', async () => {
    await saveUpdateUrl(URL_);
    await publish(3, '"abc"');
    await checkForUpdate(deps());
    const again = await checkForUpdate(deps());
    expect(again).toMatchObject({ result: 'notModified' });
    expect(server.requests.at(-1)).toEqual({ url: URL_, ifNoneMatch: '"abc"' });
    expect(server.requests).toHaveLength(3);
  });

  it('calls the same version served again current, without a refusal', async () => {
    await saveUpdateUrl(URL_);
    await publish(3, '"a"');
    await checkForUpdate(deps());
    await publish(3, '"b"');
    expect(await checkForUpdate(deps())).toMatchObject({ result: 'current', version: 3 });
    expect((await loadUpdateLog()).lastRefusal).toBeNull();
  });

  it('refuses a tampered bundle, keeps the last good one and records the refusal', async () => {
    await saveUpdateUrl(URL_);
    await publish(3);
    await checkForUpdate(deps());
    const tampered = JSON.stringify(testBundle({ version: 4, id: 'evil-bundle' }));
    server.files.set(URL_, { body: tampered, etag: '"v4"' });
    expect(await checkForUpdate(deps())).toMatchObject({
      result: 'refused',
      reason: 'signature does not verify',
    });
    expect(await loadStoredUpdate()).toMatchObject({ version: 3, id: 'test-bundle' });
    expect(await loadUpdateLog()).toMatchObject({
      lastRefusal: { at: NOW.toISOString(), url: URL_, reason: 'signature does not verify' },
      // The refused file is fetched in full next time (its signature may be fixed alone).
      etag: null,
    });
  });

  it('refuses a replayed older version signed with the right key', async () => {
    await saveUpdateUrl(URL_);
    await publish(5);
    await checkForUpdate(deps());
    await publish(4);
    expect(await checkForUpdate(deps())).toMatchObject({
      result: 'refused',
      reason: 'version 4 is older than the active version 5',
    });
    expect(await loadStoredUpdate()).toMatchObject({ version: 5 });
  });

  it('refuses a bundle without a signature file', async () => {
    await saveUpdateUrl(URL_);
    await publish(3);
    server.files.delete(SIG);
    expect(await checkForUpdate(deps())).toMatchObject({
      result: 'refused',
      reason: `no signature at ${SIG} (HTTP 404)`,
    });
    expect(await loadStoredUpdate()).toBeNull();
  });

  it('refuses a 50 MB bundle by its size, before parsing', async () => {
    await saveUpdateUrl(URL_);
    server.files.set(URL_, { body: new Uint8Array(50 * 1024 * 1024) });
    expect(await checkForUpdate(deps())).toMatchObject({
      result: 'refused',
      reason: 'bundle is larger than 20 MB',
    });
    // The signature is not even fetched.
    expect(server.requests.map((r) => r.url)).toEqual([URL_]);
  });

  it('logs network trouble and HTTP errors as failed, not refused', async () => {
    await saveUpdateUrl(URL_);
    const down = deps({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await checkForUpdate(down)).toMatchObject({
      result: 'failed',
      reason: `cannot fetch ${URL_} (network error)`,
    });
    expect(await checkForUpdate(deps())).toMatchObject({
      result: 'failed',
      reason: `HTTP 404 from ${URL_}`,
    });
    expect((await loadUpdateLog()).lastRefusal).toBeNull();
  });

  it('refuses a redirect to a non-https address', async () => {
    await saveUpdateUrl(URL_);
    const redirected = deps({
      fetch: async () => {
        const response = new Response('{}');
        Object.defineProperty(response, 'url', { value: 'http://rules.example/bundle.json' });
        return response;
      },
    });
    expect(await checkForUpdate(redirected)).toMatchObject({
      result: 'refused',
      reason: `${URL_} redirected to a non-https address`,
    });
  });

  it('refuses a stored URL that is not https (a hand-edited setting)', async () => {
    await saveUpdateUrl('http://rules.example/bundle.json');
    expect(await checkForUpdate(deps())).toMatchObject({ result: 'failed' });
    expect(server.requests).toEqual([]);
  });

  it('reports a browser without Ed25519 as a failed check', async () => {
    await saveUpdateUrl(URL_);
    await publish(3);
    const subtle = {
      importKey: () => Promise.reject(new DOMException('no', 'NotSupportedError')),
      verify: () => Promise.reject(new Error('unreachable')),
    };
    expect(await checkForUpdate(deps({ subtle }))).toMatchObject({
      result: 'failed',
      reason: expect.stringMatching(/^this browser cannot verify Ed25519 signatures/),
    });
  });

  it('refuses, and keeps the last good bundle, when storage is full', async () => {
    await saveUpdateUrl(URL_);
    await publish(3);
    const setValue = activeUpdateItem.setValue;
    activeUpdateItem.setValue = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await checkForUpdate(deps())).toMatchObject({
        result: 'refused',
        reason: 'the bundle could not be stored (storage full)',
      });
    } finally {
      activeUpdateItem.setValue = setValue;
    }
  });
});
