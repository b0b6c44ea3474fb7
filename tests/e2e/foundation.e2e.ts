// The extension's foundation end to end, in Chromium and Firefox: for each page of a known verdict,
// the page's highlights and DOM, the badge, the stored tab state and the popup must agree.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../engine/types';
import { BROWSERS, REPO_ROOT, extensionDir } from './harness';
import { sleep } from './harness/common';
import type { BrowserName, BrowserSession, BuildName, Tab } from './harness';
import { badgeOf, highlightSizes, pageMarks, popupFinding, tabIdFor } from './observe';
import type { Badge, PageMarks, PopupFinding } from './observe';
import { extensionErrors, once, url, useSession } from './support';

interface PageCase {
  path: string;
  verdict: Verdict;
  /** The page changes its own DOM after load, so the DOM comparison does not apply. */
  dynamic?: boolean;
  /** Save this page as the README's screenshot (Chromium run only). */
  screenshot?: string;
}

interface Suite {
  build: BuildName;
  cases: PageCase[];
}

/** Verdicts whose passages are page text, and therefore highlighted and counted. */
const TEXT_VERDICTS: readonly Verdict[] = ['republishes', 'quotes'];

const SUITES: Suite[] = [
  {
    // The built-in bundle names no text to match (rules/ carries no phrases or sources), so only
    // links, discusses and none can be shown with it.
    build: 'default',
    cases: [
      { path: '/fixtures/clean.html', verdict: 'none' },
      { path: '/fixtures/links.html', verdict: 'links' },
      { path: '/fixtures/discusses.html', verdict: 'discusses' },
    ],
  },
  {
    build: 'demo',
    cases: [
      { path: '/demo/republish.html', verdict: 'republishes' },
      // The README's picture: marked passages amid ordinary text.
      {
        path: '/demo/quote.html',
        verdict: 'quotes',
        screenshot: 'docs/screenshots/chromium-page.png',
      },
      { path: '/demo/links.html', verdict: 'links' },
      { path: '/demo/discusses.html', verdict: 'discusses' },
      { path: '/demo/clean.html', verdict: 'none' },
      { path: '/demo/late-quote.html', verdict: 'quotes', dynamic: true },
    ],
  },
];

interface Observed {
  marks: PageMarks;
  badge: Badge;
  popup: PopupFinding;
}

/** Opens the page, waits for its scan to be stored, then reads every channel once. */
async function observe(
  session: BrowserSession,
  ext: Tab,
  browser: BrowserName,
  c: PageCase,
): Promise<Observed> {
  const tab = await session.open(url(c.path));
  try {
    const tabId = await tabIdFor(ext, tab.url);
    if (TEXT_VERDICTS.includes(c.verdict)) await passagesFound(ext, tab, tabId);
    if (c.screenshot && browser === 'chromium') await saveScreenshot(tab, c.screenshot);
    const marks = await pageMarks(tab);
    return { marks, badge: await badgeOf(ext, tabId), popup: await popupFinding(session, tabId) };
  } finally {
    await tab.close();
  }
}

/**
 * Waits (without failing) until the badge counts passages or the page has highlights, since a page
 * may add its text late. Either channel says the scan found text; each test then judges its own
 * channel, so one broken channel fails one test, not all of them.
 */
async function passagesFound(ext: Tab, tab: Tab, tabId: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const [badge, highlights] = await Promise.all([badgeOf(ext, tabId), highlightSizes(tab)]);
    if (total(highlights) > 0) return;
    // Highlights are set just before the report that draws the badge; give them a moment.
    if (/^\d+$/.test(badge.text)) return void (await sleep(500));
    await sleep(200);
  }
}

async function saveScreenshot(tab: Tab, file: string): Promise<void> {
  const path = join(REPO_ROOT, file);
  mkdirSync(join(path, '..'), { recursive: true });
  await tab.screenshot(path);
}

const total = (sizes: Record<string, number>): number =>
  Object.values(sizes).reduce((sum, n) => sum + n, 0);

describe.each(BROWSERS)('foundation in %s', (browser) => {
  describe.each(SUITES)('$build build', ({ build, cases }) => {
    const session = useSession(browser, () => extensionDir(browser, build));
    // One extension page kept open for storage and badge reads: it never navigates, so it never
    // resets the badge of the tabs it inspects.
    const ext = once(async () => (await session()).openExtensionPage('popup.html'));
    const colours = new Map<Verdict, string>();

    describe.each(cases)('$path ($verdict)', (c) => {
      const seen = once(async () => {
        const observed = await observe(await session(), await ext(), browser, c);
        colours.set(c.verdict, JSON.stringify(observed.badge.color));
        return observed;
      });

      it('popup shows the verdict', async () => {
        const { popup } = await seen();
        expect(popup.verdict).toBe(c.verdict);
        if (TEXT_VERDICTS.includes(c.verdict)) expect(popup.passages).toBeGreaterThan(0);
        else expect(popup.passages).toBe(0);
      });

      it('highlights exactly the counted passages, only for text verdicts', async () => {
        const { popup, marks } = await seen();
        const expected = TEXT_VERDICTS.includes(c.verdict) ? popup.passages : 0;
        expect(total(marks.highlights)).toBe(expected);
        if (expected > 0) expect(marks.highlights[`leaklens-${c.verdict}`]).toBeGreaterThan(0);
      });

      it('badge shows the count, or a mark for links and discusses', async () => {
        const { popup, badge } = await seen();
        if (c.verdict === 'none') expect(badge.text).toBe('');
        else if (TEXT_VERDICTS.includes(c.verdict)) expect(badge.text).toBe(String(popup.passages));
        else expect(badge.text).toMatch(/^\D{1,2}$/);
      });

      it('leaves the DOM alone but for one <leaklens-ui> host on <html>', async () => {
        const { domUnchanged, domDiff, uiHosts, highlights } = (await seen()).marks;
        // A page that rewrites itself cannot be compared with its served HTML.
        if (!c.dynamic) {
          expect({ domUnchanged, domDiff }).toEqual({ domUnchanged: true, domDiff: undefined });
        }
        const marked = total(highlights) > 0;
        expect(uiHosts).toEqual(marked ? [{ onRoot: true, marked: true }] : []);
      });
    });

    it('gives each verdict its own badge colour', () => {
      const shown = [...colours].filter(([verdict]) => verdict !== 'none');
      expect(shown.length).toBeGreaterThan(1);
      expect(new Set(shown.map(([, colour]) => colour)).size).toBe(shown.length);
    });

    it('raises no errors from the extension', async () => {
      expect(extensionErrors(await session())).toEqual([]);
    });
  });
});
