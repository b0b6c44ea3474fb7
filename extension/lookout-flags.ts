// The flag scripts: a tiny content script the background registers twice so that storage is read
// only on pages that something stored concerns: on the paused sites' pages, and on every page
// while a bundle update is active; it starts reading what the lookout needs into the frame's
// extension world (extension/page/lookout-stored.ts) before the lookout starts. Elsewhere the
// lookout takes the defaults (nothing paused, the built-in bundle) without touching the extension's
// API. A flag that is stale costs only a storage read (which gives the truth); a flag still missing
// is closed by the background telling open frames when a site is paused
// (`notifySettingsChangedOn`), and by the scanner, which reads the settings itself.
import type { Browser } from 'wxt/browser';

/** The two flag scripts: on the paused sites' pages, and on every page while an update is active. */
export type LookoutFlag = 'paused' | 'update';

export type FlagScript = Browser.scripting.RegisteredContentScript;

/** What the background needs of `browser.scripting` here. */
export interface FlagScripting {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<FlagScript[]>;
  registerContentScripts(scripts: FlagScript[]): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

const SCRIPT_ID: Record<LookoutFlag, string> = {
  paused: 'leaklens-flag-paused',
  update: 'leaklens-flag-update',
};
/**
 * The flag script's file in the build (entrypoints/flag.ts): both flags run the same code, which
 * reads all that is stored for the lookout, once per frame where both apply.
 */
const SCRIPT_FILE = 'flag.js';
/** The lookout's own matches (entrypoints/content). */
export const ALL_PAGES = ['http://*/*', 'https://*/*'];

/** The match pattern of every page of a host, on any port and either scheme. */
export const sitePattern = (host: string): string => `*://${host}/*`;

function flagScript(flag: LookoutFlag, matches: string[]): FlagScript {
  return {
    id: SCRIPT_ID[flag],
    js: [SCRIPT_FILE],
    matches,
    allFrames: true,
    // Before the lookout, which runs at document_idle.
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
}

/**
 * The flag scripts for what is stored: the paused one on the paused sites (on every page where
 * the sites cannot be written as match patterns), the update one everywhere while an update is
 * active.
 */
export function wantedFlagScripts(
  pausedSites: readonly string[],
  updateActive: boolean,
  sitesAsPatterns = true,
): FlagScript[] {
  const scripts: FlagScript[] = [];
  if (pausedSites.length > 0) {
    scripts.push(flagScript('paused', sitesAsPatterns ? pausedSites.map(sitePattern) : ALL_PAGES));
  }
  if (updateActive) scripts.push(flagScript('update', ALL_PAGES));
  return scripts;
}

const sorted = (list: readonly string[] | undefined): string =>
  JSON.stringify([...(list ?? [])].sort());

// The file counts too: registrations persist across sessions, and one made by an older build may
// name a file this build no longer has (each flag had its own until 2026-12-03).
const sameScript = (a: FlagScript, b: FlagScript): boolean =>
  a.id === b.id && sorted(a.matches) === sorted(b.matches) && sorted(a.js) === sorted(b.js);

/** Registers `wanted` and unregisters the other flag scripts; unchanged ones are left alone. */
export async function syncFlagScripts(
  scripting: FlagScripting,
  wanted: readonly FlagScript[],
): Promise<void> {
  const current = await scripting.getRegisteredContentScripts({ ids: Object.values(SCRIPT_ID) });
  const stale = current.filter((c) => !wanted.some((w) => sameScript(c, w)));
  const missing = wanted.filter((w) => !current.some((c) => sameScript(c, w)));
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  if (missing.length > 0) await scripting.registerContentScripts(missing);
}

/** The hosts in one list and not the other: the sites whose pages were paused or resumed. */
export function flippedSites(before: readonly string[], after: readonly string[]): string[] {
  const a = new Set(before);
  const b = new Set(after);
  return [...[...a].filter((h) => !b.has(h)), ...[...b].filter((h) => !a.has(h))];
}

export interface FlagKeeperDeps {
  scripting: FlagScripting;
  /** What the flags follow, as stored now. */
  readState(): Promise<{ pausedSites: string[]; updateActive: boolean }>;
}

/**
 * Keeps the flag scripts in step with storage; `sync` calls run one after another, each reading
 * the state afresh, so the last one leaves the flags as storage is. A site the browser refuses as
 * a match pattern puts the paused flag on every page: slower, never wrong.
 */
export function createFlagKeeper({ scripting, readState }: FlagKeeperDeps): {
  sync(): Promise<void>;
} {
  let chain: Promise<void> = Promise.resolve();
  const run = async (): Promise<void> => {
    const { pausedSites, updateActive } = await readState();
    try {
      await syncFlagScripts(scripting, wantedFlagScripts(pausedSites, updateActive));
    } catch {
      await syncFlagScripts(scripting, wantedFlagScripts(pausedSites, updateActive, false));
    }
  };
  return {
    sync() {
      chain = chain.then(run, run);
      return chain;
    },
  };
}
