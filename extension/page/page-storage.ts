// What the content script reads from storage, raw and at once: the settings and the stored bundle
// update. No storage library: WXT's versioned items would run their migrations on every page, and
// its code is bytes every page compiles; the background owns migrations and writes.
import type { Browser } from 'wxt/browser';
import { SETTINGS_KEY, toSettings, type Settings } from '../settings';
import { ACTIVE_UPDATE_KEY } from '../updates/active-update-key';
import type { BrowserApi } from '../messages';

export interface PageStorage {
  settings: Settings;
  /** The stored bundle update as stored (extension/trusted-bundle.ts decides whether to use it). */
  storedUpdate: unknown;
}

/** The settings alone (the lookout, told by the background that they changed). */
export async function readSettings(browser: BrowserApi): Promise<Settings> {
  const sync = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}));
  return toSettings((sync as Record<string, unknown>)[SETTINGS_KEY]);
}

export async function readPageStorage(browser: BrowserApi): Promise<PageStorage> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(SETTINGS_KEY).catch(() => ({})),
    browser.storage.local.get(ACTIVE_UPDATE_KEY).catch(() => ({})),
  ]);
  return {
    settings: toSettings((sync as Record<string, unknown>)[SETTINGS_KEY]),
    storedUpdate: (local as Record<string, unknown>)[ACTIVE_UPDATE_KEY],
  };
}

type Changes = Record<string, Browser.storage.StorageChange>;

/** Calls `onChange` with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(browser: BrowserApi, onChange: (s: Settings) => void): () => void {
  const listener = (changes: Changes, area: string) => {
    if (area === 'sync' && Object.hasOwn(changes, SETTINGS_KEY)) {
      onChange(toSettings(changes[SETTINGS_KEY]?.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
