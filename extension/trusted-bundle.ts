// The bundle pages, the popup and the options page use: the accepted update when the background
// of this very extension version has checked it and it is newer than the built-in bundle, else the
// built-in one. No schema code runs here: the content script pays for every byte on every page
// (docs/in-page.md), and the full check is the background's (extension/active-bundle.ts).
import type { Bundle } from '../engine/bundle';
import { activeUpdateItem } from './updates/active-update-item';
import { isRecord } from './is-record';

/** The stored update's bundle when it may be used as is by `extensionVersion`, else null. */
export function trustedUpdate(
  stored: unknown,
  builtin: Bundle,
  extensionVersion: string,
): Bundle | null {
  if (!isRecord(stored) || stored['checkedBy'] !== extensionVersion) return null;
  const { text, version } = stored;
  if (typeof text !== 'string' || typeof version !== 'number' || version <= builtin.version)
    return null;
  try {
    const bundle: unknown = JSON.parse(text);
    // Checked bundles are whole; this only guards against a record changed after the check.
    return isRecord(bundle) && bundle['version'] === version ? (bundle as unknown as Bundle) : null;
  } catch {
    return null;
  }
}

export async function loadTrustedBundle(
  builtin: Bundle,
  extensionVersion: string,
): Promise<Bundle> {
  try {
    return trustedUpdate(await activeUpdateItem.getValue(), builtin, extensionVersion) ?? builtin;
  } catch {
    return builtin;
  }
}
