import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createBackground,
  type Background,
  type FrameTarget,
  type PageScript,
} from '../../extension/background-handlers';
import type { Sender } from '../../extension/messages';
import type { Badge, FrameReport } from '../../extension/tab-state';
import { createTabStore } from '../../extension/tab-store';

const bundle = { id: 'demo', version: 1, created: '2026-01-01' };
const report = (verdict: FrameReport['verdict'], passages = 0): FrameReport => ({
  status: 'scanned',
  verdict,
  leaks: [],
  passages: Array.from({ length: passages }, (_, index) => ({
    index,
    leak: 'l',
    kind: 'fingerprint' as const,
    verdict,
    quote: 'q',
    matchedWords: 20,
  })),
  bundle,
});
const from = (tabId: number, frameId: number, url: string): Sender =>
  ({ tab: { id: tabId }, frameId, url }) as Sender;

describe('background', () => {
  let badges: Array<[number, Badge]>;
  let opened: Array<[string, number]>;
  let hidden: string[];
  let loaded: (FrameTarget & { script: PageScript })[];
  /** What the tabs' frames hold, as the lookouts left it (by tab id). */
  let frames: Map<number, { url: string; frames: { frameId: number; result: unknown }[] }>;
  let bg: Background;
  beforeEach(() => {
    fakeBrowser.reset();
    badges = [];
    opened = [];
    hidden = [];
    loaded = [];
    frames = new Map();
    bg = createBackground({
      store: createTabStore(fakeBrowser.storage.session),
      drawBadge: async (tabId, badge) => void badges.push([tabId, badge]),
      openPage: async (path, tabId) => void opened.push([path, tabId]),
      hideSite: async (host) => void hidden.push(host),
      loadScript: async (frame, script) => void loaded.push({ ...frame, script }),
      readFrames: async (tabId) => {
        const seen = frames.get(tabId);
        if (!seen) throw new Error('No tab with id');
        return seen;
      },
    });
  });

  it('stores a report per tab and draws the count with the verdict colour', async () => {
    await bg.handlers.reportScan(report('quotes', 3), from(7, 0, 'https://a.test/'));
    expect(badges.at(-1)).toEqual([7, { text: '3', color: '#9a4a00' }]);
    const state = await bg.handlers.getTabState({ tabId: 7 }, from(-1, 0, ''));
    expect(state?.url).toBe('https://a.test/');
    expect(state?.frames.map((f) => f.verdict)).toEqual(['quotes']);
  });

  it('keeps tabs apart', async () => {
    await bg.handlers.reportScan(report('republishes', 2), from(1, 0, 'https://a.test/'));
    await bg.handlers.reportScan(report('none'), from(2, 0, 'https://b.test/'));
    expect(badges).toEqual([
      [1, { text: '2', color: '#a52714' }],
      [2, { text: '', color: '#5b5f66' }],
    ]);
    expect(await bg.handlers.getTabState({ tabId: 2 }, from(-1, 0, ''))).toMatchObject({
      frames: [{ verdict: 'none' }],
    });
  });

  it('combines frames, most severe verdict first, and survives concurrent reports', async () => {
    await Promise.all([
      bg.handlers.reportScan(report('links'), from(3, 5, 'https://frame.test/')),
      bg.handlers.reportScan(report('quotes', 1), from(3, 0, 'https://top.test/')),
      bg.handlers.reportScan(report('discusses'), from(3, 9, 'https://other.test/')),
    ]);
    const state = await bg.handlers.getTabState({ tabId: 3 }, from(-1, 0, ''));
    expect(state?.frames.map((f) => f.frameId)).toEqual([0, 5, 9]);
    expect(badges.at(-1)).toEqual([3, { text: '1', color: '#9a4a00' }]);
  });

  it('forgets a tab when it loads a new document, and clears the badge', async () => {
    await bg.handlers.reportScan(report('quotes', 1), from(4, 0, 'https://a.test/'));
    await bg.onTabLoading(4);
    expect(await bg.handlers.getTabState({ tabId: 4 }, from(-1, 0, ''))).toBeNull();
    expect(badges.at(-1)).toEqual([4, { text: '', color: '#5b5f66' }]);
  });

  it('starts afresh when the top frame reports a new URL', async () => {
    await bg.handlers.reportScan(report('quotes', 1), from(5, 0, 'https://a.test/1'));
    await bg.handlers.reportScan(report('links'), from(5, 2, 'https://f.test/'));
    await bg.handlers.reportScan(report('none'), from(5, 0, 'https://a.test/2'));
    const state = await bg.handlers.getTabState({ tabId: 5 }, from(-1, 0, ''));
    expect(state?.frames.map((f) => [f.frameId, f.verdict])).toEqual([[0, 'none']]);
  });

  it('adds the frames whose lookout found nothing and kept its report, without storing them', async () => {
    await bg.handlers.reportScan(report('quotes', 1), from(6, 3, 'https://f.test/'));
    frames.set(6, {
      url: 'https://top.test/',
      frames: [
        { frameId: 0, result: report('none') },
        // The scanner's stored report of frame 3 is newer than anything its lookout kept.
        { frameId: 3, result: { ...report('none'), status: 'paused' } },
        // A frame without a lookout (an about:blank frame, say) returns nothing.
        { frameId: 4, result: null },
        { frameId: 5, result: { status: 'scanned' } },
      ],
    });
    const state = await bg.handlers.getTabState({ tabId: 6 }, from(-1, 0, ''));
    expect(state?.url).toBe('https://top.test/');
    expect(state?.frames.map((f) => [f.frameId, f.status, f.verdict])).toEqual([
      [0, 'scanned', 'none'],
      [3, 'scanned', 'quotes'],
    ]);
    expect(badges.at(-1)).toEqual([6, { text: '1', color: '#9a4a00' }]);
    expect(await fakeBrowser.storage.session.get('tab:6')).toMatchObject({
      'tab:6': { frames: [{ frameId: 3 }] },
    });
  });

  it('answers with the stored state when the tab cannot be asked', async () => {
    await bg.handlers.reportScan(report('links'), from(8, 0, 'https://a.test/'));
    const state = await bg.handlers.getTabState({ tabId: 8 }, from(-1, 0, ''));
    expect(state?.frames.map((f) => f.verdict)).toEqual(['links']);
    expect(await bg.handlers.getTabState({ tabId: 9 }, from(-1, 0, ''))).toBeNull();
  });

  it('ignores reports that come from no tab', async () => {
    await bg.handlers.reportScan(report('quotes', 1), { frameId: 0 } as Sender);
    expect(badges).toEqual([]);
  });

  it("opens the popup's view of a leak for the card's tab", async () => {
    await bg.handlers.openDetails({ leak: 'demo leak' }, from(8, 3, 'https://a.test/'));
    expect(opened).toEqual([['/popup.html?tab=8&leak=demo%20leak', 8]]);
  });

  it("hides marks on the asking frame's own site, and on no other", async () => {
    await bg.handlers.hideSite({ site: 'news.test' }, from(8, 0, 'https://news.test/story'));
    await bg.handlers.hideSite({ site: 'other.test' }, from(8, 0, 'https://news.test/story'));
    await bg.handlers.hideSite({ site: 'News.Test' }, from(8, 2, 'https://news.test/frame'));
    await bg.handlers.hideSite({ site: 'news.test' }, from(8, 0, 'chrome://settings'));
    expect(hidden).toEqual(['news.test', 'news.test']);
  });
  it('loads the scanner into the very frame (and document) that asks, and nowhere else', async () => {
    await bg.handlers.loadScanner({}, from(4, 3, 'https://a.test/frame'));
    await bg.handlers.loadScanner({}, { ...from(5, 0, 'https://b.test/'), documentId: 'doc-1' });
    await bg.handlers.loadScanner({}, { frameId: 0, url: 'https://c.test/' } as Sender);
    expect(loaded).toEqual([
      { tabId: 4, frameId: 3, script: '/scanner.js' },
      { tabId: 5, frameId: 0, documentId: 'doc-1', script: '/scanner.js' },
    ]);
  });

  it('loads the marks UI into the very frame that asks, and nowhere else', async () => {
    await bg.handlers.loadMarksUi({}, { ...from(6, 2, 'https://a.test/frame'), documentId: 'd' });
    await bg.handlers.loadMarksUi({}, { ...from(-1, 0, 'https://b.test/') });
    expect(loaded).toEqual([{ tabId: 6, frameId: 2, documentId: 'd', script: '/marks-ui.js' }]);
  });
});
