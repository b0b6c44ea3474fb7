// The bundle the content script and popup use: the accepted, signed update when one is stored and
// newer than the built-in bundle, else the built-in one. Any problem falls back to the built-in.
import { parseBundle, type Bundle } from '../engine/bundle';
import { isHashFunction } from '../engine/hash';
import { loadStoredUpdate, type StoredUpdate } from './updates/store';

export async function loadActiveBundle(builtin: Bundle): Promise<Bundle> {
  try {
    return activeBundle(await loadStoredUpdate(), builtin);
  } catch {
    return builtin;
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
