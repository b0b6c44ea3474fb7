// The settings item: WXT's versioned storage item (migrations run where it is defined: the
// background, the popup and the options page). The content script reads the raw value instead
// (extension/page/page-storage.ts) and asks the background to change it.
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  toSettings,
  type Settings,
} from './settings';

export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return toSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = toSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}
