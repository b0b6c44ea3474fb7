// Where `scan` gets its bundle: a compiled file given with --bundle, or the built-in rules compiled
// on the fly (a leak without fingerprints compiles in milliseconds, so no prebuilt copy can go stale).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBundle, type Bundle } from '../engine/bundle';
import { compileRules } from '../compiler/compile-rules';
import { UsageError } from './usage-error';

export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

export function loadBundle(file?: string): Bundle {
  if (file === undefined) return compileRules({ rulesDir: BUILTIN_RULES_DIR }).bundle;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = e instanceof SyntaxError ? 'not JSON' : 'cannot read the file';
    throw new UsageError(`invalid bundle ${file}: ${why}`);
  }
  const parsed = parseBundle(json);
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.error}`);
  return parsed.value;
}
