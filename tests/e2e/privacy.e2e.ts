// Privacy, measured, in Chromium and Firefox: every request the browser reports while LeakLens scans
// fixture pages, the demo pages and 22 real pages is recorded. None comes from the extension, none
// is beyond what the same pages ask for without LeakLens, and none carries a page's URL or text.
// (Firefox's BiDi does not report requests of extension contexts: see docs/privacy.md.)
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BROWSERS, REPO_ROOT, extensionDir, launchBrowser } from './harness';
import { sleep } from './harness/common';
import type { BrowserName, BrowserSession, BuildName, NetworkRequest, Tab } from './harness';
import { tabIdFor } from './observe';
import { extensionErrors, once, url } from './support';

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/real-pages');
/** Every sixth real page: 22 pages of several sites and languages, in a stable order. */
const REAL_SAMPLE = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .filter((_, i) => i % 6 === 0)
  .map((f) => `/real-quiet/${f}`);
const FIXTURES = ['clean', 'links', 'discusses', 'demo-exact'].map((f) => `/fixtures/${f}.html`);
const DEMO = readdirSync(join(REPO_ROOT, 'demo/pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/demo/${f}`);

/** Time a page is given after its load (and, with LeakLens, after its scan) before it closes. */
const SETTLE_MS = 500;

/** Schemes that reach the network; extension and data URLs never leave the browser. */
const NETWORK = /^(https?|wss?|ftp):/i;

/** What one visit left to check: the page's URL and a phrase of its text. */
interface Visit {
  pageUrl: string;
  phrase: string;
}

/**
 * Up to eight words from the middle of the page's visible text, distinctive enough to search for;
 * from the title for a page that shows almost no text with its scripts blocked.
 */
const PHRASE = `(() => {
  const words = (text) => text.split(/\\s+/).filter((w) => w.length > 2);
  let all = words(document.body?.innerText ?? '');
  if (all.length < 8) all = words(document.title);
  const at = Math.max(0, Math.floor(all.length / 2) - 4);
  return all.slice(at, at + 8).join(' ');
})()`;

/** Waits until the extension has the page's report (its scan is done), then a moment. */
async function scanned(ext: Tab, pageUrl: string): Promise<void> {
  await tabIdFor(ext, pageUrl, 30_000);
  // Anything the extension would send after a scan (a report, a look-up) has had time to start.
  await sleep(SETTLE_MS);
}

/**
 * Opens a page and waits until it is done: with LeakLens, until its report is stored (the scan
 * ran); without it (`ext` null), for the same settling time, so both runs see the same requests.
 */
async function visit(session: BrowserSession, ext: Tab | null, path: string): Promise<Visit> {
  const tab = await session.open(url(path));
  try {
    if (ext) await scanned(ext, tab.url);
    else await sleep(SETTLE_MS);
    return { pageUrl: tab.url, phrase: await tab.evaluate<string>(PHRASE) };
  } finally {
    await tab.close();
  }
}

/**
 * A request as the comparison with the run without LeakLens sees it. The scheme is left out:
 * Firefox tries https first for a page's http images and falls back, in either order by timing.
 */
const key = (r: NetworkRequest): string =>
  `${r.method} ${r.url.replace(/#.*/, '').replace(/^https?:/i, '')}`;

/** The parts of a request we search for page data (the browser's own Referer aside). */
function carried(request: NetworkRequest): string {
  const headers = Object.entries(request.headers).filter(([name]) => name !== 'referer');
  return [request.url, JSON.stringify(headers), request.body ?? ''].join('\n');
}

/** The forms a URL or phrase takes once encoded into a request. */
function encodings(text: string): string[] {
  const plus = encodeURIComponent(text).replace(/%20/g, '+');
  return [text, encodeURIComponent(text), encodeURI(text), plus].filter((t) => t.length > 0);
}

/** Requests (other than the page's own load of its URL) that carry a visited page's URL or text. */
function leaking(requests: readonly NetworkRequest[], visits: readonly Visit[]): string[] {
  const found: string[] = [];
  for (const r of requests) {
    const text = carried(r);
    for (const v of visits) {
      const own = r.url === v.pageUrl;
      const needles = [...(own ? [] : encodings(v.pageUrl)), ...encodings(v.phrase)];
      const hit = needles.find((n) => text.includes(n));
      if (hit) found.push(`${r.method} ${r.url} carries "${hit.slice(0, 60)}"`);
    }
  }
  return found;
}

interface Recorded {
  requests: NetworkRequest[];
  visits: Visit[];
  errors: string[];
  origin: string;
}

/**
 * An extension that does nothing, for the run without LeakLens: the harness needs one loaded (it
 * finds the browser's extension origin through it), and this one makes no request of its own.
 */
async function noopExtension(): Promise<string> {
  const dir = join(inject('runDir'), 'noop-extension');
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'no-op',
    version: '1.0',
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'noop@leaklens.invalid' } },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), '// Nothing: the baseline of the privacy test.\n');
  return dir;
}

/** Visits `paths` in a fresh browser without LeakLens, recording every request. */
async function baseline(browser: BrowserName, paths: string[]): Promise<Recorded> {
  const session = await launchBrowser(browser, await noopExtension(), {
    runDir: inject('runDir'),
    recordNetwork: true,
  });
  try {
    const visits: Visit[] = [];
    for (const path of paths) visits.push(await visit(session, null, path));
    await sleep(SETTLE_MS);
    return { requests: session.networkLog(), visits, errors: [], origin: session.extensionOrigin };
  } finally {
    await session.close();
  }
}

/** Visits `paths` in a fresh browser with the `build` loaded, recording every request. */
async function record(browser: BrowserName, build: BuildName, paths: string[]): Promise<Recorded> {
  const session = await launchBrowser(browser, extensionDir(browser, build), {
    runDir: inject('runDir'),
    recordNetwork: true,
  });
  try {
    const ext = await session.openExtensionPage('popup.html');
    const visits: Visit[] = [];
    for (const path of paths) visits.push(await visit(session, ext, path));
    await sleep(SETTLE_MS);
    return {
      requests: session.networkLog(),
      visits,
      errors: extensionErrors(session),
      origin: session.extensionOrigin,
    };
  } finally {
    await session.close();
  }
}

describe.each(BROWSERS)('privacy in %s', (browser) => {
  // The demo build finds things on the fixture and demo pages (so marks, cards and reports run);
  // the default build is the one users get, and scans the real pages.
  const pages = [...FIXTURES, ...DEMO, ...REAL_SAMPLE];
  const runs = once(async () => [
    await record(browser, 'demo', [...FIXTURES, ...DEMO]),
    await record(browser, 'default', REAL_SAMPLE),
  ]);
  const without = once(() => baseline(browser, pages));

  it(
    'visits the fixture pages, the demo pages and at least 20 real pages',
    { timeout: 240_000 },
    async () => {
      const [demo, real] = await runs();
      expect(demo!.visits.length).toBe(FIXTURES.length + DEMO.length);
      expect(real!.visits.length).toBeGreaterThanOrEqual(20);
      // The log is live: each page's own load is in it.
      for (const run of [demo!, real!]) {
        const urls = new Set(run.requests.map((r) => r.url));
        expect(run.visits.filter((v) => !urls.has(v.pageUrl)).map((v) => v.pageUrl)).toEqual([]);
      }
    },
  );

  it('sees no request from the extension itself', async () => {
    for (const run of await runs()) {
      const fromExtension = run.requests
        .filter((r) => NETWORK.test(r.url))
        .filter((r) => r.initiatorUrl === undefined || r.initiatorUrl.startsWith(run.origin))
        .map((r) => `${r.method} ${r.url} from ${r.initiatorUrl ?? 'no page'}`);
      expect(fromExtension).toEqual([]);
    }
  });

  it(
    'sees no request that the same pages without LeakLens do not make',
    { timeout: 120_000 },
    async () => {
      const own = new Set((await without()).requests.filter((r) => NETWORK.test(r.url)).map(key));
      // The baseline is live too: the pages' own loads are in it.
      expect(own.size).toBeGreaterThan(pages.length);
      for (const run of await runs()) {
        const extra = run.requests.filter((r) => NETWORK.test(r.url) && !own.has(key(r)));
        expect(extra.map((r) => `${key(r)} from ${r.initiatorUrl ?? 'no page'}`)).toEqual([]);
      }
    },
  );

  it('sees no request carrying a page’s URL or text', async () => {
    for (const run of await runs()) {
      const short = run.visits.filter((v) => v.phrase.split(' ').length < 3);
      expect(short.map((v) => v.pageUrl)).toEqual([]);
      expect(leaking(run.requests, run.visits)).toEqual([]);
    }
  });

  it('raises no errors from the extension', async () => {
    for (const run of await runs()) expect(run.errors).toEqual([]);
  });
});
