// Hostile pages, in Chromium and Firefox: 5 MB of text, 200,000 elements, 10,000-deep nesting, a
// mutation storm, shadow roots, lying prototypes, a strict CSP and nested frames. Each page must
// keep working, see no error from the extension and no slice of ours over 50 ms, and get a report.
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../engine/types';
import { mostSevereVerdict, type ScanStatus, type TabState } from '../../extension/tab-state';
import { BROWSERS, extensionDir } from './harness';
import { sleep } from './harness/common';
import type { BrowserName, BrowserSession, Tab } from './harness';
import { popupNotes, tabIdFor, tabStateExpression } from './observe';
import { extensionErrors, once, url, useSession } from './support';

const API = '(globalThis.browser ?? globalThis.chrome)';
/** The long-task line: no slice of ours may reach it. */
const LONG_TASK_MS = 50;
/**
 * The page's timers may stop for less than this while we scan (see the test below). It is this
 * wide because of the browsers themselves: after the biggest pages' own work, both keep the page's
 * thread for another 0.1-0.9 s (Firefox on the 10,000-deep page: 0.8-0.9 s), as often with an empty
 * content script in place of ours (measured 2026-12-03), and that pause can fall after the page's
 * done mark. Our own slices are held to the long-task line separately, below.
 */
const MAX_GAP_MS = 1_000;
/**
 * Visits per page at most, until one is free of the neighbours' noise. Slices and heartbeat
 * gaps are wall-clock times: on a shared 2-core machine a process that waits for a core shows
 * it as a long slice (a run beside a benchmark saw 140-227 ms "slices" in Firefox whose work
 * takes 15 ms). Our work is the same on every visit, so a regression fails every visit, while
 * contention rarely hits three in a row. Every visit is logged.
 */
const MAX_VISITS = 3;

/** What tests/fixtures/pages/hostile/hostile.js reports about the page (window.hostile.report()). */
interface PageSide {
  beats: number;
  /** Longest gap between the page's 20 ms heartbeats after its own work was done. */
  maxGapMs: number;
  doneAt: number;
  /** What the page's own script found when it finished its work. */
  result: Record<string, unknown>;
  /** The page's own check of itself, for pages that have one. */
  check: Record<string, unknown> | null;
  /** Long tasks (Chromium) that started after the page's own work and first rendering. */
  longTasksAfter: { start: number; duration: number }[];
}

interface HostileCase {
  name: string;
  path: string;
  /** The page's verdict (the most severe of its frames). */
  verdict: Verdict;
  /** Statuses a frame may end in. */
  statuses: ScanStatus[];
  /** Frames that report: the top one and its iframes. */
  frames: number;
  /** Asserts that the page did its own work and still works. */
  pageWorks(side: PageSide, browser: BrowserName): void;
}

const CASES: HostileCase[] = [
  {
    name: '5 MB of text',
    path: '/fixtures/hostile/big-text.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 1,
    pageWorks: ({ result }) => expect(result.chars).toBeGreaterThan(5_000_000),
  },
  {
    name: '200,000 elements',
    path: '/fixtures/hostile/many-elements.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 1,
    pageWorks: ({ result }) => expect(result.elements).toBeGreaterThan(200_000),
  },
  {
    name: 'nesting 10,000 deep',
    path: '/fixtures/hostile/deep.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 1,
    pageWorks: ({ result }) => expect(result.depth).toBe(10_000),
  },
  {
    name: 'a mutation storm',
    path: '/fixtures/hostile/storm.html',
    verdict: 'quotes',
    // Handled in cheap debounced batches, or given up with the budget spent: never blocking.
    statuses: ['scanned', 'budget-exhausted'],
    frames: 1,
    pageWorks: ({ result }) => {
      expect(result.perSecond).toBeGreaterThan(2_000);
      expect(result.changes).toBeGreaterThan(20_000);
      expect(result.paragraphs).toBe(2_200);
    },
  },
  {
    name: 'open and closed shadow roots',
    path: '/fixtures/hostile/shadow.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 1,
    pageWorks: ({ check }) =>
      expect(check).toMatchObject({
        closedText: 'The widget in a closed shadow root.Count',
        closedHidden: true,
        openText: 445,
      }),
  },
  {
    name: 'prototypes that throw or lie',
    path: '/fixtures/hostile/prototypes.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 1,
    pageWorks: ({ check }) =>
      expect(check).toEqual({
        items: 51,
        later: 1,
        textContentThrows: true,
        parseLies: true,
        appText: 1564,
      }),
  },
  {
    name: 'a strict CSP',
    path: '/strict-self/hostile/strict.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 1,
    pageWorks: ({ check }, browser) =>
      expect(check).toEqual({
        items: 50,
        // Chromium enforces the policy's Trusted Types; Firefox ESR 140 has none to enforce.
        trustedTypes:
          browser === 'chromium' ? 'enforced' : expect.stringMatching(/^(enforced|unsupported)$/),
      }),
  },
  {
    name: 'a page that impersonates a newer copy of our script',
    path: '/fixtures/hostile/impostor.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 1,
    // The page hears nothing from us, so it learns nothing (not even that the extension is there)
    // and has nothing to replay; its guesses do not make us stand down: the marks stay.
    pageWorks: ({ check }) => {
      expect(check).toMatchObject({ announcements: 0 });
      expect(check?.['marked']).toBeGreaterThan(0);
    },
  },
  {
    name: 'frames nested 3 deep',
    path: '/fixtures/hostile/frames.html',
    verdict: 'quotes',
    statuses: ['scanned'],
    frames: 4,
    pageWorks: ({ result }) => expect(result.depth).toBe(3),
  },
];

interface Seen {
  state: TabState;
  popupNotes: number;
  /** The page as it reported itself once the scan settled, and one second later. */
  before: PageSide;
  after: PageSide;
}

const REPORT = 'window.hostile.report()';

/** The tab's state once every frame reported and nothing changed for two seconds. */
async function settledState(ext: Tab, tabId: number, frames: number): Promise<TabState> {
  const read = tabStateExpression(tabId);
  const deadline = Date.now() + 60_000;
  let last = '';
  let since = Date.now();
  for (;;) {
    const state = await ext.evaluate<TabState | null>(read);
    const json = JSON.stringify(state);
    if (json !== last) [last, since] = [json, Date.now()];
    if (state && state.frames.length >= frames && Date.now() - since >= 2_000) return state;
    if (Date.now() > deadline) throw new Error(`tab ${tabId} never settled: ${json.slice(0, 300)}`);
    await sleep(250);
  }
}

async function visit(session: BrowserSession, ext: Tab, c: HostileCase): Promise<Seen> {
  const tab = await session.open(url(c.path));
  try {
    await tab.waitFor('window.hostile.doneAt > 0', 30_000);
    const tabId = await tabIdFor(ext, tab.url, 60_000);
    const state = await settledState(ext, tabId, c.frames);
    const before = await tab.evaluate<PageSide>(REPORT);
    await sleep(1_000);
    const after = await tab.evaluate<PageSide>(REPORT);
    return { state, before, after, popupNotes: await popupNotes(session, tabId) };
  } finally {
    await tab.close();
  }
}

/** True when a visit's wall-clock measures are within the lines the tests draw. */
function timingHolds(s: Seen): boolean {
  const slices = s.state.frames.map((f) => f.timing?.longestSliceMs ?? Infinity);
  return Math.max(...slices) < LONG_TASK_MS && s.after.maxGapMs < MAX_GAP_MS;
}

/** Visits until the timing holds (at most MAX_VISITS); the tests judge the last visit. */
async function visitSteadily(
  session: BrowserSession,
  ext: Tab,
  c: HostileCase,
  log: (s: Seen, attempt: number) => void,
): Promise<Seen> {
  for (let attempt = 1; ; attempt++) {
    const seen = await visit(session, ext, c);
    log(seen, attempt);
    if (timingHolds(seen) || attempt >= MAX_VISITS) return seen;
  }
}

/** One line per page for the run's log: the measurements the report quotes. */
function measurement(browser: BrowserName, c: HostileCase, s: Seen): string {
  const slices = s.state.frames.map((f) => Math.round(f.timing?.longestSliceMs ?? -1));
  const busy = s.state.frames.map((f) => Math.round(f.timing?.totalMs ?? -1));
  const longTasks = s.after.longTasksAfter.map((t) => Math.round(t.duration));
  const statuses = s.state.frames.map((f) => f.status);
  return `${browser} | ${c.name} | longest slice ${slices.join('/')} ms | busy ${busy.join('/')} ms | ${statuses.join('/')} | heartbeat gap ${Math.round(s.after.maxGapMs)} ms | long tasks after load ${JSON.stringify(longTasks)}`;
}

describe.each(BROWSERS)('hostile pages in %s', (browser) => {
  // The demo build, so that the demo memo quoted by the pages gives something to find.
  const session = useSession(browser, () => extensionDir(browser, 'demo'));
  const ext = once(async () => (await session()).openExtensionPage('popup.html'));
  const visits = new Map(
    CASES.map((c) => [
      c,
      once(async () =>
        visitSteadily(await session(), await ext(), c, (s, attempt) =>
          console.log(`${measurement(browser, c, s)} | visit ${attempt}`),
        ),
      ),
    ]),
  );

  describe.each(CASES)('$name', (c) => {
    const seen = visits.get(c)!;

    // Up to MAX_VISITS visits of up to 20 s each happen in the first test.
    it(
      'keeps the page working: its own work done, its heartbeat running',
      { timeout: 180_000 },
      async () => {
        const { before, after } = await seen();
        c.pageWorks(after, browser);
        // 50 beats a second when nothing blocks; a loaded 2-core machine still gives well over 20.
        expect(after.beats - before.beats).toBeGreaterThan(20);
        // The page's timers run during the scan too: when the slicer yielded with scheduler.yield(),
        // they stopped for as long as the whole scan (up to 1.4 s here), though no slice was long.
        expect(after.maxGapMs).toBeLessThan(MAX_GAP_MS);
      },
    );

    it('reports what it could, in every frame', async () => {
      const { state, popupNotes } = await seen();
      expect(state.frames).toHaveLength(c.frames);
      for (const f of state.frames) expect(c.statuses).toContain(f.status);
      expect(mostSevereVerdict(state.frames.map((f) => f.verdict))).toBe(c.verdict);
      // A frame that could not be scanned in full is said so in the popup.
      const partial = state.frames.filter((f) => f.status !== 'scanned').length;
      expect(popupNotes).toBe(partial);
    });

    it(`runs no slice of ${LONG_TASK_MS} ms or more`, async () => {
      const { state } = await seen();
      for (const f of state.frames) {
        expect(f.timing, `frame ${f.frameId}`).toBeDefined();
        expect(f.timing!.longestSliceMs, `frame ${f.frameId}`).toBeLessThan(LONG_TASK_MS);
      }
    });
  });

  it('raises no errors from the extension on any hostile page', { timeout: 180_000 }, async () => {
    for (const seen of visits.values()) await seen();
    expect(extensionErrors(await session())).toEqual([]);
  });
});
