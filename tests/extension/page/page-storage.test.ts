// The content script's raw storage reads: settings decoded field by field, the stored update as
// stored, and settings changes followed through storage events.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserApi } from '../../../extension/messages';
import { readPageStorage, watchSettings } from '../../../extension/page/page-storage';
import { DEFAULT_SETTINGS, type Settings } from '../../../extension/settings';
import { updateSettings } from '../../../extension/settings-store';

const browser = fakeBrowser as unknown as BrowserApi;

describe('page storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    expect(await readPageStorage(browser)).toEqual({
      settings: DEFAULT_SETTINGS,
      storedUpdate: undefined,
    });
  });

  it('reads what the settings item wrote, and repairs what it cannot read', async () => {
    await updateSettings((s) => ({ ...s, sensitivity: 'high', pausedSites: ['news.test'] }));
    expect((await readPageStorage(browser)).settings).toMatchObject({
      sensitivity: 'high',
      pausedSites: ['news.test'],
    });
    await fakeBrowser.storage.sync.set({ settings: { sensitivity: 'loud', markInline: 7 } });
    expect((await readPageStorage(browser)).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('passes the stored update on as stored', async () => {
    await fakeBrowser.storage.local.set({ activeBundle: { text: '{}', version: 9 } });
    expect((await readPageStorage(browser)).storedUpdate).toEqual({ text: '{}', version: 9 });
  });

  it('follows changes to the settings, and only to them', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings(browser, (s) => seen.push(s));
    await updateSettings((s) => ({ ...s, hiddenSites: ['news.test'] }));
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'high' } });
    stop();
    await updateSettings((s) => ({ ...s, sensitivity: 'low' }));
    expect(seen.map((s) => s.hiddenSites)).toEqual([['news.test']]);
  });
});
