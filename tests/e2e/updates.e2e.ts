// Signed bundle updates end to end, in Chromium and Firefox, with the extension built with the test
// key (tests/fixtures/updates/test.pub) into .output/updates: a signed update served from 127.0.0.1
// is picked up by "Check now" and pages then scan with it; a tampered one is refused, the reason is
// recorded and shown, and the last good bundle stays active.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRules } from '../../compiler/compile-rules';
import { BROWSERS, REPO_ROOT } from './harness';
import type { BrowserName, Tab } from './harness';
import { highlightSizes } from './observe';
import { extensionErrors, once, url, useSession } from './support';

const API = '(globalThis.browser ?? globalThis.chrome)';
/** Page-world: the size of every `leaklens-*` CSS highlight, by name. */
const highlightsExpression = `Object.fromEntries([...CSS.highlights.keys()]
  .filter((name) => name.startsWith('leaklens-'))
  .map((name) => [name, CSS.highlights.get(name).size]))`;
/** Built by: LEAKLENS_UPDATE_KEY=tests/fixtures/updates/test.pub LEAKLENS_UPDATE_ALLOW_HTTP_LOOPBACK=1 LEAKLENS_OUT_DIR=.output/updates wxt build (and -b firefox --mv3). */
const BUILD_DIR = '.output/updates';
const TARGETS: Record<BrowserName, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv3' };

function updatesBuild(browser: BrowserName): string {
  const dir = join(REPO_ROOT, BUILD_DIR, TARGETS[browser]);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `no test-key build at ${dir}: build it with LEAKLENS_UPDATE_KEY=tests/fixtures/updates/test.pub ` +
        `LEAKLENS_UPDATE_ALLOW_HTTP_LOOPBACK=1 LEAKLENS_OUT_DIR=${BUILD_DIR} (npm test does)`,
    );
  }
  return dir;
}

interface UpdateStatus {
  active: { id: string; version: number; source: string; signature: string };
  lastCheck: { result: string; version?: number; reason?: string } | null;
  lastRefusal: { url: string; reason: string } | null;
}

/** The demo leak as a remote update: newer than the built-in bundle, signed with the test key. */
async function signedDemoBundle(version: number): Promise<{ text: string; sig: string }> {
  const { bundle } = compileRules({
    rulesDir: join(REPO_ROOT, 'demo/rules'),
    docsDir: join(REPO_ROOT, 'demo/docs'),
  });
  const text = JSON.stringify({ ...bundle, id: 'leaklens-update-test', version });
  return { text, sig: await signWithTestKey(text) };
}

async function signWithTestKey(text: string): Promise<string> {
  const pkcs8 = Buffer.from(
    readFileSync(join(REPO_ROOT, 'tests/fixtures/updates/test.key'), 'utf8').trim(),
    'base64',
  );
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  const sig = await crypto.subtle.sign({ name: 'Ed25519' }, key, new TextEncoder().encode(text));
  return Buffer.from(sig).toString('base64');
}

/**
 * The update server: /bundle.json and /bundle.json.sig with an ETag, answering If-None-Match with
 * 304, and the CORS headers an update server must send (docs/updates.md).
 */
function updateServer(): { start(): Promise<string>; serve(text: string, sig: string): void } {
  let files = { text: '', sig: '' };
  let server: Server | undefined;
  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
  });
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'If-None-Match',
    'access-control-expose-headers': 'ETag',
  };
  return {
    serve: (text, sig) => (files = { text, sig }),
    start: () =>
      new Promise((resolve) => {
        server = createServer((req, res) => {
          if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
          const body =
            req.url === '/bundle.json'
              ? files.text
              : req.url === '/bundle.json.sig'
                ? files.sig
                : null;
          if (body === null) return void res.writeHead(404, cors).end();
          const etag = `"${Buffer.from(body).length}-${Buffer.from(body).toString('base64').slice(-16)}"`;
          if (req.headers['if-none-match'] === etag)
            return void res.writeHead(304, { ...cors, etag }).end();
          res.writeHead(200, { ...cors, etag, 'content-type': 'application/json' }).end(body);
        });
        server.listen(0, '127.0.0.1', () => {
          resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/bundle.json`);
        });
      }),
  };
}

const send = (ext: Tab, type: string): Promise<UpdateStatus> =>
  ext.evaluate<UpdateStatus>(
    `${API}.runtime.sendMessage({ leaklens: ${JSON.stringify(type)}, data: {} })`,
  );

describe.each(BROWSERS)('signed bundle updates in %s', (browser) => {
  const session = useSession(browser, () => updatesBuild(browser));
  const server = updateServer();
  const updateUrl = once(() => server.start());
  const ext = once(async () => (await session()).openExtensionPage('options.html'));
  const VERSION = 1000;

  it('starts on the built-in bundle, and demo pages do not match it', async () => {
    const status = await send(await ext(), 'getUpdateStatus');
    expect(status.active).toMatchObject({ source: 'builtin', signature: 'builtin' });
    expect(status.active.version).toBeLessThan(VERSION);
    const page = await (await session()).open(url(`/demo/republish.html?before-${browser}`));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlightSizes(page)).toEqual({});
    await page.close();
  });

  it('picks up a signed update with "Check now"', async () => {
    const { text, sig } = await signedDemoBundle(VERSION);
    server.serve(text, sig);
    const address = await updateUrl();
    await (
      await ext()
    ).evaluate(
      `${API}.storage.local.set({ updateSettings: { updateUrl: ${JSON.stringify(address)} } })`,
    );
    const status = await send(await ext(), 'checkNow');
    expect(status.lastCheck).toMatchObject({ result: 'updated', version: VERSION });
    expect(status.active).toMatchObject({
      id: 'leaklens-update-test',
      version: VERSION,
      source: 'update',
      signature: 'verified',
    });
  });

  it('scans pages with the updated bundle', async () => {
    const page = await (await session()).open(url(`/demo/republish.html?after-${browser}`));
    const sizes = await page.waitFor<Record<string, number>>(
      `(() => { const s = ${highlightsExpression}; return s['leaklens-republishes'] > 0 && s; })()`,
      15_000,
    );
    expect(sizes['leaklens-republishes']).toBeGreaterThan(0);
    await page.close();
  });

  it('asks with If-None-Match and keeps the bundle when nothing changed', async () => {
    const status = await send(await ext(), 'checkNow');
    expect(status.lastCheck).toMatchObject({ result: 'notModified' });
    expect(status.active.version).toBe(VERSION);
  });

  it('refuses a tampered update and keeps the last good bundle', async () => {
    const { text, sig } = await signedDemoBundle(VERSION + 1);
    server.serve(text.replace('"leaklens-update-test"', '"leaklens-tampered"'), sig);
    const status = await send(await ext(), 'checkNow');
    expect(status.lastCheck).toMatchObject({
      result: 'refused',
      reason: 'signature does not verify',
    });
    expect(status.lastRefusal).toMatchObject({
      url: await updateUrl(),
      reason: 'signature does not verify',
    });
    expect(status.active).toMatchObject({ id: 'leaklens-update-test', version: VERSION });
  });

  it('shows the refusal and the active update on the options page', async () => {
    const options = await (await session()).openExtensionPage('options.html');
    const shown = await options.waitFor<{
      refusal: string;
      version: string;
      source: string;
      signature: string;
      lists: number;
    }>(
      `(() => {
        const text = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent ?? '';
        const refusal = text('update-last-refusal');
        return refusal.includes('signature does not verify') && text('bundle-version') === '1,000' && {
          refusal,
          version: text('bundle-version'),
          source: text('bundle-source'),
          signature: text('bundle-signature'),
          lists: document.querySelectorAll('dl').length,
        };
      })()`,
    );
    expect(shown.version).toBe('1,000');
    expect(shown.source).toContain(`update from ${await updateUrl()}, accepted `);
    expect(shown.signature).toBe('Ed25519 signature verified when accepted');
    // The active bundle is shown once, not again in the updates section.
    expect(shown.lists).toBe(1);
    await options.close();
  });

  it('raised no error in the extension', async () => {
    expect(extensionErrors(await session())).toEqual([]);
  });
});
