// Where the accepted bundle update is kept (storage.local), without any schema code, and the
// bundle the popup and the options page use. The content script reads the same key raw
// (extension/page/page-storage.ts) and never loads this module.
import { storage } from 'wxt/utils/storage';
import type { Bundle } from '../../engine/bundle';
import type { PageFilter } from '../../engine/prefilter';
import { trustedUpdate } from '../trusted-bundle';
import { ACTIVE_UPDATE_KEY } from './active-update-key';

export interface StoredUpdate {
  /** The bundle file exactly as served and verified (UTF-8 text of the signed bytes). */
  text: string;
  signature: string;
  id: string;
  version: number;
  created: string;
  url: string;
  /** ISO date-time of acceptance. */
  acceptedAt: string;
  /**
   * The extension version whose background last checked this bundle against its own schema and
   * limits; pages use the bundle only while it matches theirs (extension/trusted-bundle.ts).
   */
  checkedBy?: string;
  /** The bundle's page filter, compiled by that check, for the lookout (extension/page/lookout.ts). */
  filter?: PageFilter;
}

export const activeUpdateItem = storage.defineItem<StoredUpdate | null>(
  `local:${ACTIVE_UPDATE_KEY}`,
  { fallback: null },
);

/** The bundle the popup and the options page show: a trusted update, else the built-in one. */
export async function loadTrustedBundle(
  builtin: Bundle,
  extensionVersion: string,
): Promise<Bundle> {
  try {
    const stored = await activeUpdateItem.getValue();
    return trustedUpdate(stored, builtin.version, extensionVersion) ?? builtin;
  } catch {
    return builtin;
  }
}
