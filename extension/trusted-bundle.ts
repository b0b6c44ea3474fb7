// The bundle pages, the popup and the options page use: the accepted update when the background
// of this very extension version has checked it and it is newer than the built-in bundle, else the
// built-in one. No schema or storage code here: the content script pays for every byte on every
// page (docs/in-page.md), and the full check is the background's (extension/active-bundle.ts).
import type { Bundle } from '../engine/bundle';
import { toPageFilter, type PageFilter } from '../engine/prefilter';
import { bundleInfo } from './report';
import type { BundleInfo } from './tab-state';
import { isRecord } from './is-record';

/** A stored update as the background keeps it, once checked (fields the pages read). */
interface StoredUpdate {
  checkedBy: string;
  text: string;
  version: number;
  id?: unknown;
  created?: unknown;
  filter?: unknown;
}

/**
 * Whether the stored update is one `extensionVersion` checked and newer than the built-in bundle,
 * judged without parsing its text (the lookout decides on this alone, on every page).
 */
function isUsableUpdate(
  stored: unknown,
  builtinVersion: number,
  extensionVersion: string,
): stored is StoredUpdate {
  if (!isRecord(stored) || stored['checkedBy'] !== extensionVersion) return false;
  const { text, version } = stored;
  return typeof text === 'string' && typeof version === 'number' && version > builtinVersion;
}

/** The stored update's bundle when it may be used as is by `extensionVersion`, else null. */
export function trustedUpdate(
  stored: unknown,
  builtinVersion: number,
  extensionVersion: string,
): Bundle | null {
  if (!isUsableUpdate(stored, builtinVersion, extensionVersion)) return null;
  const { text, version } = stored;
  try {
    const bundle: unknown = JSON.parse(text);
    // Checked bundles are whole; this only guards against a record changed after the check.
    return isRecord(bundle) && bundle['version'] === version ? (bundle as unknown as Bundle) : null;
  } catch {
    return null;
  }
}

/**
 * The bundle as a page uses it: what every page needs up front, the bundle itself on demand, so
 * that a page the filter stops never parses it (DESIGN.md: "not at all where a cheap prefilter
 * shows nothing to find").
 */
export interface PageBundle {
  info: BundleInfo;
  /** The compiled page filter; null when the index compiles its own (an update). */
  filter: PageFilter | null;
  bundle(): Bundle;
}

/** The stored update (read raw from storage by the caller) when trusted, else the built-in bundle. */
export function pageBundle(
  builtin: PageBundle,
  stored: unknown,
  extensionVersion: string,
): PageBundle {
  const update = trustedUpdate(stored, builtin.info.version, extensionVersion);
  return update ? { info: bundleInfo(update), filter: null, bundle: () => update } : builtin;
}

/** What the lookout takes from the stored update: its info and its page filter, unparsed. */
export interface LookoutUpdate {
  info: BundleInfo;
  /** Null when the record holds none (stored by an older version): the scanner then decides. */
  filter: PageFilter | null;
}

/** The usable stored update as the lookout needs it, without parsing its text; else null. */
export function lookoutUpdate(
  stored: unknown,
  builtinVersion: number,
  extensionVersion: string,
): LookoutUpdate | null {
  if (!isUsableUpdate(stored, builtinVersion, extensionVersion)) return null;
  const { id, version, created, filter } = stored;
  const info = { id: String(id), version, created: String(created) };
  return { info, filter: toPageFilter(filter) };
}
