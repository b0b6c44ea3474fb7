// The real-page guarantee: every page of ../shared/corpus/real-pages (news, blogs, Wikipedia, in
// several languages), served from 127.0.0.1 with all other network refused, scans `none` with the
// built-in bundle, gets no mark, keeps its DOM, and sees no error from the extension.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, REPO_ROOT, extensionDir } from './harness';
import type { BrowserSession, Tab } from './harness';
import { highlightSizes, tabIdFor, tabState } from './observe';
import { extensionErrors, once, url, useSession } from './support';

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/real-pages');
const PAGES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.html'))
  .sort();

/** What one page looked like once the extension had reported on it. */
interface Seen {
  page: string;
  verdict: string;
  status: string;
  highlights: number;
  domChanged: boolean;
  uiHosts: number;
}

const FAILED: Omit<Seen, 'page' | 'status'> = {
  verdict: 'unknown',
  highlights: 0,
  domChanged: false,
  uiHosts: 0,
};
/** Visiting 130 pages takes minutes on this machine. */
const CORPUS_TIMEOUT_MS = 900_000;

/** The page's DOM as markup, without our UI host: taken before and after the scan. */
const SNAPSHOT = `(() => {
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('leaklens-ui').forEach((h) => h.remove());
  return clone.outerHTML;
})()`;

async function stateOf(ext: Tab, pageUrl: string): Promise<{ verdict: string; status: string }> {
  const tabId = await tabIdFor(ext, pageUrl, 30_000);
  const top = (await tabState(ext, tabId))?.frames.find((f) => f.frameId === 0);
  return { verdict: top?.verdict ?? 'missing', status: top?.status ?? 'missing' };
}

async function visit(session: BrowserSession, ext: Tab, page: string): Promise<Seen> {
  const tab = await session.open(url(`/real-quiet/${page}`));
  try {
    const before = await tab.evaluate<string>(SNAPSHOT);
    const { verdict, status } = await stateOf(ext, tab.url);
    const after = await tab.evaluate<string>(SNAPSHOT);
    const highlights = Object.values(await highlightSizes(tab)).reduce((a, b) => a + b, 0);
    const uiHosts = await tab.evaluate<number>(`document.querySelectorAll('leaklens-ui').length`);
    return { page, verdict, status, highlights, domChanged: before !== after, uiHosts };
  } finally {
    await tab.close();
  }
}

describe.each(BROWSERS)('the 130 real pages in %s', (browser) => {
  const session = useSession(browser, () => extensionDir(browser, 'default'));
  const ext = once(async () => (await session()).openExtensionPage('popup.html'));
  const all = once(async () => {
    const seen: Seen[] = [];
    for (const page of PAGES) {
      // One page that cannot be opened is reported by name, not as a failure of the whole run.
      const one = await visit(await session(), await ext(), page).catch((e: unknown): Seen => ({
        ...FAILED,
        page,
        status: `not opened: ${String(e).slice(0, 120)}`,
      }));
      seen.push(one);
    }
    return seen;
  });

  it('reads the whole corpus', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(130);
  });

  it(
    'scans every page, and every verdict is none',
    async () => {
      const wrong = (await all()).filter((s) => s.verdict !== 'none' || s.status !== 'scanned');
      expect(wrong.map((s) => `${s.page}: ${s.verdict} (${s.status})`)).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );

  it('marks nothing and leaves every DOM as it was', { timeout: CORPUS_TIMEOUT_MS }, async () => {
    const touched = (await all()).filter((s) => s.highlights > 0 || s.uiHosts > 0 || s.domChanged);
    expect(touched.map((s) => s.page)).toEqual([]);
  });

  it('raises no errors from the extension', { timeout: CORPUS_TIMEOUT_MS }, async () => {
    await all();
    expect(extensionErrors(await session())).toEqual([]);
  });
});
