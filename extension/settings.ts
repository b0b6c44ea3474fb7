// The user's settings: one synced storage item, schema-checked on every read so a corrupt or
// hand-edited value falls back field by field instead of breaking the extension.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { SENSITIVITIES, VERDICTS } from '../engine/types';

const hostList = z.array(z.string().max(253)).max(5000);

export const settingsSchema = z.object({
  sensitivity: z.enum(SENSITIVITIES).catch('normal'),
  /** Verdicts whose passages are highlighted in the page. */
  markInline: z.array(z.enum(VERDICTS)).catch(['republishes', 'quotes']),
  /** Hosts where nothing is scanned. */
  pausedSites: hostList.catch([]),
  /** Hosts where results are kept but nothing is marked in the page. */
  hiddenSites: hostList.catch([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads anything (missing, corrupt, older) as valid settings. */
export function toSettings(value: unknown): Settings {
  return settingsSchema.parse(typeof value === 'object' && value !== null ? value : {});
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return toSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = toSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
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

export const isListed = (list: readonly string[], host: string | null): boolean =>
  host !== null && list.includes(host);

export function toggleSite(list: readonly string[], host: string, on: boolean): string[] {
  const rest = list.filter((h) => h !== host);
  return on ? [...rest, host].sort() : rest;
}
