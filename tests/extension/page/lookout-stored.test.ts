// What the flag scripts read for the lookout: whether the page's site is paused, and the update
// the lookout applies (its info and page filter) where one is stored, checked and newer.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserApi } from '../../../extension/messages';
import { readStoredForLookout } from '../../../extension/page/lookout-stored';
import { updateSettings } from '../../../extension/settings-store';
import { saveStoredUpdate, type StoredUpdate } from '../../../extension/updates/store';

const browser = fakeBrowser as unknown as BrowserApi;
const BUILTIN_VERSION = 2;
const VERSION = '1.2.3';
const FILTER = {
  always: false,
  words: ['halvorsen'],
  names: [[0]],
  anchors: [],
  hosts: [],
  asciiWords: true,
};

function update(patch: Partial<StoredUpdate>): StoredUpdate {
  return {
    text: '{}',
    signature: 'sig',
    id: 'leaklens-demo',
    version: 3,
    created: '2031-04-28',
    url: 'https://rules.example/b.json',
    acceptedAt: '2031-05-01T10:00:00.000Z',
    checkedBy: VERSION,
    filter: FILTER,
    ...patch,
  };
}

describe('what is stored for the lookout', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is nothing paused and no update where nothing is stored', async () => {
    expect(
      await readStoredForLookout(browser, 'https://news.test/a', BUILTIN_VERSION, VERSION),
    ).toEqual({
      paused: false,
      update: null,
    });
  });

  it("says paused on a paused site's pages only, on any port or scheme", async () => {
    await updateSettings((s) => ({ ...s, pausedSites: ['news.test'] }));
    const paused = (url: string) =>
      readStoredForLookout(browser, url, BUILTIN_VERSION, VERSION).then((s) => s.paused);
    expect(await paused('https://news.test/a')).toBe(true);
    expect(await paused('http://NEWS.test:8080/b')).toBe(true);
    expect(await paused('https://other.test/a')).toBe(false);
  });

  it("gives a checked, newer update's info and filter; an unchecked or older one is ignored", async () => {
    await saveStoredUpdate(update({}));
    expect(
      await readStoredForLookout(browser, 'https://news.test/', BUILTIN_VERSION, VERSION),
    ).toEqual({
      paused: false,
      update: {
        info: { id: 'leaklens-demo', version: 3, created: '2031-04-28' },
        filter: FILTER,
      },
    });
    await saveStoredUpdate(update({ checkedBy: '0.0.1' }));
    expect(
      (await readStoredForLookout(browser, 'https://news.test/', BUILTIN_VERSION, VERSION)).update,
    ).toBeNull();
    await saveStoredUpdate(update({ version: 2 }));
    expect(
      (await readStoredForLookout(browser, 'https://news.test/', BUILTIN_VERSION, VERSION)).update,
    ).toBeNull();
  });
});
