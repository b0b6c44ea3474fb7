// The user's settings: one synced storage item, schema-versioned (migrations below) and
// schema-checked on every read, so a corrupt or hand-edited value falls back field by field.
import { SENSITIVITIES, VERDICTS, type Sensitivity, type Verdict } from '../engine/types';
import { LANGUAGE_SETTINGS, type LanguageSetting } from './i18n';
import { isRecord } from './is-record';

export interface Settings {
  sensitivity: Sensitivity;
  /** Verdicts whose passages are highlighted in the page. */
  markInline: Verdict[];
  /** Hosts where nothing is scanned (normalised host names, sorted). */
  pausedSites: string[];
  /** Hosts where results are kept but nothing is marked in the page. */
  hiddenSites: string[];
  /** The UI language: `auto` follows the browser. Added in version 2. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  sensitivity: 'normal',
  markInline: ['republishes', 'quotes'],
  pausedSites: [],
  hiddenSites: [],
  language: 'auto',
});

// A hand-written decoder, not a schema library: the content script reads the settings on every
// page, and zod's schema construction and code were a third of its start-up (docs/in-page.md).
const MAX_HOST = 253;
const MAX_HOSTS = 5000;

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** The list when every item passes, else the fallback: one bad item makes the list untrusted. */
function listOf<T>(value: unknown, ok: (item: unknown) => item is T, max: number, fallback: T[]) {
  return Array.isArray(value) && value.length <= max && value.every(ok)
    ? [...value]
    : [...fallback];
}

const isVerdict = (v: unknown): v is Verdict => VERDICTS.includes(v as Verdict);
const isHost = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_HOST;

/** The settings' key in storage.sync (read raw by the content script, extension/page/page-storage.ts). */
export const SETTINGS_KEY = 'settings';

/** Version of the stored shape; each bump adds an entry to `SETTINGS_MIGRATIONS`. */
export const SETTINGS_VERSION = 2;

/** Reads anything (missing, corrupt, older) as valid settings, field by field. */
export function toSettings(value: unknown): Settings {
  const v = isRecord(value) ? value : {};
  const d = DEFAULT_SETTINGS;
  return {
    sensitivity: oneOf(SENSITIVITIES, v['sensitivity'], d.sensitivity),
    markInline: listOf(v['markInline'], isVerdict, Infinity, d.markInline),
    pausedSites: listOf(v['pausedSites'], isHost, MAX_HOSTS, d.pausedSites),
    hiddenSites: listOf(v['hiddenSites'], isHost, MAX_HOSTS, d.hiddenSites),
    language: oneOf(LANGUAGE_SETTINGS, v['language'], d.language),
  };
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

export const isListed = (list: readonly string[], host: string | null): boolean =>
  host !== null && list.includes(host);

/** Whether scanning is paused on the site of `url`. */
export const isPausedAt = (settings: Settings, url: string): boolean =>
  // Without paused sites the address is not parsed: the lookout asks on every page.
  settings.pausedSites.length > 0 && isListed(settings.pausedSites, siteOf(url));

export function toggleSite(list: readonly string[], host: string, on: boolean): string[] {
  const rest = list.filter((h) => h !== host);
  return on ? [...rest, host].sort() : rest;
}
