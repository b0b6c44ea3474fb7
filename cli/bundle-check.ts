// What `sign` and `verify` check besides the signature, as the extension does before it accepts an
// update: UTF-8 JSON, the bundle schema, and an engine able to index it.
import { parseBundle, type Bundle } from '../engine/bundle';
import { buildIndex } from '../engine/index';

export type BundleCheck = { ok: true; bundle: Bundle } | { ok: false; reason: string };

export function checkBundleBytes(bytes: Uint8Array): BundleCheck {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'not UTF-8 JSON' };
  }
  const parsed = parseBundle(json);
  if (!parsed.ok) return { ok: false, reason: parsed.error };
  try {
    buildIndex(parsed.value);
  } catch (e) {
    return {
      ok: false,
      reason: `engine cannot use it: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return { ok: true, bundle: parsed.value };
}
