import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  siteOf,
  toSettings,
  toggleSite,
  updateSettings,
} from '../../extension/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to normal sensitivity, marking republished and quoted text', async () => {
    expect(await loadSettings()).toEqual({
      sensitivity: 'normal',
      markInline: ['republishes', 'quotes'],
      pausedSites: [],
      hiddenSites: [],
    });
  });

  it('persists changes in sync storage', async () => {
    await updateSettings((s) => ({ ...s, sensitivity: 'high' }));
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: expect.objectContaining({ sensitivity: 'high' }),
    });
    expect((await loadSettings()).sensitivity).toBe('high');
  });

  it('repairs corrupt values field by field', () => {
    expect(toSettings({ sensitivity: 'extreme', pausedSites: ['a.test'], markInline: 7 })).toEqual({
      ...DEFAULT_SETTINGS,
      pausedSites: ['a.test'],
    });
    expect(toSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('applies to http(s) hosts only', () => {
    expect(siteOf('https://News.Test:8080/a?b')).toBe('news.test');
    expect(siteOf('chrome://settings')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('adds and removes a site once', () => {
    expect(toggleSite(['b.test'], 'a.test', true)).toEqual(['a.test', 'b.test']);
    expect(toggleSite(['a.test', 'a.test'], 'a.test', false)).toEqual([]);
  });
});
