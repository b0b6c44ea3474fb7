import { describe, expect, it } from 'vitest';
import { popupView } from '../../extension/popup-view';
import { DEFAULT_SETTINGS } from '../../extension/settings';
import type { TabState } from '../../extension/tab-state';

const state = (url: string, frames: TabState['frames'] = []): TabState => ({
  tabId: 1,
  url,
  frames,
});
const scanned: TabState['frames'] = [
  {
    frameId: 0,
    status: 'scanned',
    verdict: 'none',
    leaks: [],
    passages: [],
    bundle: { id: 'b', version: 1, created: '2026-01-01' },
  },
];

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
    });
    expect(popupView(undefined, null, DEFAULT_SETTINGS)).toEqual({ kind: 'not-scanned' });
  });

  it('shows results when the tab was scanned', () => {
    const s = state('https://news.test/a', scanned);
    expect(popupView(undefined, s, DEFAULT_SETTINGS)).toEqual({ kind: 'result', state: s });
  });
});
