// The background's full check of the stored bundle update: schema, limits and version, run when
// this extension version first meets the stored update; pages then use it without re-checking
// (extension/trusted-bundle.ts). Any problem leaves the built-in bundle in use.
import { parseBundle, type Bundle } from '../engine/bundle';
import { isHashFunction } from '../engine/hash';
import { pageFilterOf } from '../engine/page-filter';
import { loadStoredUpdate, saveStoredUpdate, type StoredUpdate } from './updates/store';

/**
 * Marks the stored update as checked by `extensionVersion` when it passes this version's checks;
 * leaves it unmarked (so pages keep the built-in bundle) when it does not. Never throws.
 */
export async function recheckStoredUpdate(
  builtin: Bundle,
  extensionVersion: string,
): Promise<void> {
  try {
    const stored = await loadStoredUpdate();
    if (stored === null || stored.checkedBy === extensionVersion) return;
    const bundle = activeBundle(stored, builtin);
    if (bundle === builtin) return;
    // This version's filter: the engine that compiles it may have changed with the extension.
    await saveStoredUpdate({
      ...stored,
      checkedBy: extensionVersion,
      filter: pageFilterOf(bundle),
    });
  } catch {
    // Storage unavailable: pages keep the built-in bundle until the next start.
  }
}

/**
 * The stored text was verified when it was accepted; it is parsed and checked again here because
 * an extension update may have brought a newer built-in bundle or an engine with other limits.
 */
export function activeBundle(stored: StoredUpdate | null, builtin: Bundle): Bundle {
  if (stored === null || stored.version <= builtin.version) return builtin;
  let json: unknown;
  try {
    json = JSON.parse(stored.text);
  } catch {
    return builtin;
  }
  const parsed = parseBundle(json);
  if (!parsed.ok || parsed.value.version <= builtin.version) return builtin;
  return isHashFunction(parsed.value.engine.hash) ? parsed.value : builtin;
}
