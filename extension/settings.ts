// The user's settings: one synced storage item, schema-versioned (migrations below) and
// schema-checked on every read, so a corrupt or hand-edited value falls back field by field.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { SENSITIVITIES, VERDICTS } from '../engine/types';
import { LANGUAGE_SETTINGS } from './i18n';

const hostList = z.array(z.string().max(253)).max(5000);

export const settingsSchema = z.object({
  sensitivity: z.enum(SENSITIVITIES).catch('normal'),
  /** Verdicts whose passages are highlighted in the page. */
  markInline: z.array(z.enum(VERDICTS)).catch(['republishes', 'quotes']),
  /** Hosts where nothing is scanned (normalised host names, sorted). */
  pausedSites: hostList.catch([]),
  /** Hosts where results are kept but nothing is marked in the page. */
  hiddenSites: hostList.catch([]),
  /** The UI language: `auto` follows the browser. Added in version 2. */
  language: z.enum(LANGUAGE_SETTINGS).catch('auto'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Version of the stored shape; each bump adds an entry to `SETTINGS_MIGRATIONS`. */
export const SETTINGS_VERSION = 2;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads anything (missing, corrupt, older) as valid settings. */
export function toSettings(value: unknown): Settings {
  return settingsSchema.parse(isRecord(value) ? value : {});
}

/** The site a setting applies to: the page's host name, or null where sites do not apply. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/;

/** A host name from what a user typed ("News.Test", "https://news.test/a"), or null if none. */
export function normalizeHost(input: string): string | null {
  const typed = input.trim();
  if (typed === '' || /\s/.test(typed)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) && typed.includes('//');
  const site = siteOf(hasScheme ? typed : `https://${typed}`);
  return site !== null && site.length <= 253 && HOST.test(site) ? site : null;
}

/** A clean site list: host names only, each once, sorted; anything unreadable is dropped. */
export function normalizeHosts(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const hosts = list.flatMap((h) => (typeof h === 'string' ? [normalizeHost(h)] : []));
  return [...new Set(hosts.filter((h): h is string => h !== null))].sort();
}

/**
 * v1 → v2: adds `language` (auto: the browser's, which is what v1 showed) and reshapes the site
 * lists into normalised host names (v1 kept entries as given: any case, duplicates, whole URLs).
 */
export function migrateSettingsV2(v1: unknown): Settings {
  const old = isRecord(v1) ? v1 : {};
  return toSettings({
    ...old,
    pausedSites: normalizeHosts(old['pausedSites']),
    hiddenSites: normalizeHosts(old['hiddenSites']),
    language: 'auto',
  });
}

/** Keyed by the version each migration produces; WXT runs those above the stored version. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {
  2: migrateSettingsV2,
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
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

export const isListed = (list: readonly string[], host: string | null): boolean =>
  host !== null && list.includes(host);

export function toggleSite(list: readonly string[], host: string, on: boolean): string[] {
  const rest = list.filter((h) => h !== host);
  return on ? [...rest, host].sort() : rest;
}
