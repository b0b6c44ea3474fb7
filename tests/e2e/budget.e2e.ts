// A page that changes without end, in Chromium and Firefox, with the built-in bundle and a watch
// budget of 3 ms of main-thread time (LEAKLENS_WATCH_MS; the default of 2 s takes a long while):
// once its changes have spent the budget the frame stops following the page, reports
// `budget-exhausted`, and the popup says so; what was found stays, whether the lookout or the
// scanner was watching.
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../engine/types';
import type { FrameState } from '../../extension/tab-state';
import { BROWSERS, extensionDir } from './harness';
import { sleep } from './harness/common';
import { popupNotes, tabIdFor, tabStateExpression } from './observe';
import { extensionErrors, once, url, useSession } from './support';

interface EndlessCase {
  path: string;
  verdict: Verdict;
  /** Whether the scanner watches the page (it found something), or the lookout alone. */
  scanner: boolean;
}

const CASES: EndlessCase[] = [
  { path: '/fixtures/endless-plain.html', verdict: 'none', scanner: false },
  { path: '/fixtures/endless-links.html', verdict: 'links', scanner: true },
];

describe.each(BROWSERS)('a page that changes without end, in %s', (browser) => {
  const session = useSession(browser, () => extensionDir(browser, 'budget'));
  const ext = once(async () => (await session()).openExtensionPage('popup.html'));

  it.each(CASES)(
    '$path: stops following it once the budget is spent, and the popup says so',
    { timeout: 90_000 },
    async (c) => {
      const extTab = await ext();
      const tab = await (await session()).open(url(c.path));
      try {
        const tabId = await tabIdFor(extTab, tab.url);
        const top = `${tabStateExpression(tabId)}.then((s) => s?.frames.find((f) => f.frameId === 0) ?? null)`;
        const spent = await extTab.waitFor<FrameState>(
          `${top}.then((f) => f?.status === 'budget-exhausted' ? f : null)`,
          30_000,
        );
        expect(spent.verdict).toBe(c.verdict);
        expect(spent.timing?.scanner).toBe(c.scanner);
        if (c.scanner) expect(spent.leaks.length).toBeGreaterThan(0);
        expect(await popupNotes(await session(), tabId)).toBe(1);
        // The page goes on changing (2.5 ticks a second); the frame stays as it was.
        const clock = `document.getElementById('clock').textContent.slice(0, 30)`;
        const before = await tab.evaluate<string>(clock);
        await sleep(1_500);
        expect(await tab.evaluate<string>(clock)).not.toBe(before);
        const later = await extTab.evaluate<FrameState>(top);
        expect(later.status).toBe('budget-exhausted');
        expect(later.leaks).toEqual(spent.leaks);
      } finally {
        await tab.close();
      }
    },
  );

  it('raises no errors from the extension', async () => {
    await ext();
    expect(extensionErrors(await session())).toEqual([]);
  });
});
