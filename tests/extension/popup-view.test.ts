import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../engine/bundle';
import { findingOf, leakFindings, popupView, scanNotes } from '../../extension/popup-view';
import { DEFAULT_SETTINGS } from '../../extension/settings';
import type { FrameState, TabState } from '../../extension/tab-state';

const info = { id: 'b', version: 1, created: '2026-01-01' };
const frame = (over: Partial<FrameState> = {}): FrameState => ({
  frameId: 0,
  status: 'scanned',
  verdict: 'none',
  leaks: [],
  passages: [],
  bundle: info,
  ...over,
});
const state = (url: string, frames: FrameState[] = []): TabState => ({ tabId: 1, url, frames });

describe('popupView', () => {
  it('says browser pages, stores and viewers cannot be scanned', () => {
    expect(popupView('chrome://extensions/', null, DEFAULT_SETTINGS)).toEqual({
      kind: 'unavailable',
    });
    expect(popupView('about:addons', null, DEFAULT_SETTINGS)).toEqual({ kind: 'unavailable' });
  });

  it('says a paused site is paused, naming the site', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ['news.test'] };
    expect(popupView('https://news.test/a', null, settings)).toEqual({
      kind: 'paused',
      site: 'news.test',
    });
  });

  it('asks for a reload when an http page has no results yet', () => {
    expect(popupView('https://news.test/a', null, DEFAULT_SETTINGS)).toEqual({
      kind: 'not-scanned',
      site: 'news.test',
    });
    // Without the tab's address the popup cannot tell a fresh tab from a browser page.
    expect(popupView(undefined, null, DEFAULT_SETTINGS)).toEqual({
      kind: 'not-scanned',
      site: null,
    });
  });

  it('says the page is being scanned again after Resume, while its frames still say paused', () => {
    const s = state('https://news.test/a', [frame({ status: 'paused' })]);
    expect(popupView(undefined, s, DEFAULT_SETTINGS)).toEqual({
      kind: 'resuming',
      site: 'news.test',
    });
  });

  it('shows results when the tab was scanned, and whether marks are hidden there', () => {
    const s = state('https://news.test/a', [frame()]);
    expect(popupView(undefined, s, DEFAULT_SETTINGS)).toEqual({
      kind: 'result',
      state: s,
      site: 'news.test',
      marksHidden: false,
    });
    const hidden = { ...DEFAULT_SETTINGS, hiddenSites: ['news.test'] };
    expect(popupView(undefined, s, hidden)).toMatchObject({ kind: 'result', marksHidden: true });
  });
});

const bundle = {
  leaks: [
    {
      id: 'leak-a',
      title: 'Leak A',
      documents: [
        { id: 'memo', title: 'The memo' },
        { id: 'notes', title: 'The notes' },
      ],
    },
  ],
} as unknown as Bundle;

const passage = (index: number, leak: string, document?: string) => ({
  index,
  leak,
  kind: 'fingerprint' as const,
  verdict: 'quotes' as const,
  quote: `quote ${index}`,
  matchedWords: 10,
  ...(document ? { document } : {}),
});

describe('leakFindings', () => {
  const tab = state('https://news.test/', [
    frame({
      verdict: 'discusses',
      leaks: [
        { id: 'leak-b', verdict: 'discusses', documents: [], passages: 0, matchedWords: 0 },
        { id: 'leak-a', verdict: 'links', documents: ['notes'], passages: 0, matchedWords: 0 },
      ],
    }),
    frame({
      frameId: 5,
      verdict: 'quotes',
      leaks: [
        { id: 'leak-a', verdict: 'quotes', documents: ['memo'], passages: 2, matchedWords: 20 },
      ],
      passages: [passage(0, 'leak-a', 'memo'), passage(1, 'leak-a')],
    }),
  ]);

  it('merges a leak over frames: most severe verdict, all documents by title, all passages', () => {
    const [a, b] = leakFindings(tab, bundle);
    expect(a).toMatchObject({
      id: 'leak-a',
      title: 'Leak A',
      verdict: 'quotes',
      documents: [
        { id: 'notes', title: 'The notes' },
        { id: 'memo', title: 'The memo' },
      ],
      matchedWords: 20,
    });
    expect(a?.passages.map((p) => [p.frameId, p.index, p.document?.title ?? null])).toEqual([
      [5, 0, 'The memo'],
      [5, 1, null],
    ]);
    // A leak the bundle no longer has is still listed, by id and without context.
    expect(b).toMatchObject({ id: 'leak-b', title: 'leak-b', verdict: 'discusses', leak: null });
  });

  it('sums the page finding and notes frames that were not scanned in full', () => {
    const withFailure = {
      ...tab,
      frames: [...tab.frames, frame({ frameId: 9, status: 'failed', error: 'x' })],
    };
    expect(findingOf(withFailure, bundle)).toMatchObject({ verdict: 'quotes', passageCount: 2 });
    expect(scanNotes(withFailure)).toEqual([{ status: 'failed', error: 'x' }]);
    expect(scanNotes(state('https://a/', [frame({ status: 'budget-exhausted' })]))).toEqual([
      { status: 'budget-exhausted' },
    ]);
  });
});
