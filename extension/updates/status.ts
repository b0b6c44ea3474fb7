// What the options page shows about bundle updates: the active bundle and where it came from, the
// configured URL, the last check and the last refusal, read from storage in one object.
import type { Bundle } from '../../engine/bundle';
import {
  loadStoredUpdate,
  loadUpdateLog,
  loadUpdateSettings,
  type CheckRecord,
  type Refusal,
  type StoredUpdate,
} from './store';

export interface ActiveBundleInfo {
  id: string;
  version: number;
  created: string;
  source: 'builtin' | 'update';
  /** `verified`: an update whose Ed25519 signature was checked; `builtin`: shipped inside the extension. */
  signature: 'builtin' | 'verified';
  /** Where an update came from and when it was accepted; null for the built-in bundle. */
  url: string | null;
  acceptedAt: string | null;
}

export interface UpdateStatus {
  active: ActiveBundleInfo;
  updateUrl: string | null;
  lastCheck: CheckRecord | null;
  lastRefusal: Refusal | null;
}

export type BuiltinInfo = Pick<Bundle, 'id' | 'version' | 'created'>;

/** The stored update wins only above the built-in version (an extension update may ship a newer one). */
export function activeInfo(stored: StoredUpdate | null, builtin: BuiltinInfo): ActiveBundleInfo {
  if (stored === null || stored.version <= builtin.version) {
    const { id, version, created } = builtin;
    return {
      id,
      version,
      created,
      source: 'builtin',
      signature: 'builtin',
      url: null,
      acceptedAt: null,
    };
  }
  const { id, version, created, url, acceptedAt } = stored;
  return { id, version, created, source: 'update', signature: 'verified', url, acceptedAt };
}

export async function getUpdateStatus(builtin: BuiltinInfo): Promise<UpdateStatus> {
  const [stored, settings, log] = await Promise.all([
    loadStoredUpdate(),
    loadUpdateSettings(),
    loadUpdateLog(),
  ]);
  return {
    active: activeInfo(stored, builtin),
    updateUrl: settings.updateUrl,
    lastCheck: log.lastCheck,
    lastRefusal: log.lastRefusal,
  };
}
