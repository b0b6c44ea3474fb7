// The rules compiler: a rules folder (+ optional private docs folder) in, one validated,
// byte-for-byte reproducible bundle out. Used by the CLI (build-bundle, scan) and the build plugin.
import { resolve } from 'node:path';
import { BUNDLE_FORMAT, parseBundle, type Bundle, type EngineParams } from '../engine/bundle';
import { DEFAULT_ENGINE_PARAMS } from '../engine/fingerprints';
import { toBundleLeak } from './bundle-leak';
import { CompileError, displayPath } from './compile-error';
import { createdDate } from './created-date';
import { checkUniqueIds } from './cross-checks';
import { readRulesFolder } from './rules-folder';

export interface CompileOptions {
  rulesDir: string;
  /** The maintainer's plain-text copies referenced by `source:`; never copied into the bundle. */
  docsDir?: string;
  /** Defaults to process.env; read for SOURCE_DATE_EPOCH only. */
  env?: NodeJS.ProcessEnv;
}

export interface CompileResult {
  bundle: Bundle;
  /** The bundle as written to disk: 2-space JSON with a final newline. */
  json: string;
  /** Absolute paths of the rules files read (the build watches them). */
  files: string[];
  /** Non-fatal notes, one line each. */
  warnings: string[];
}

/** Compiles a rules folder. Throws CompileError (one-line message) on any invalid input. */
export function compileRules(options: CompileOptions): CompileResult {
  const rulesDir = resolve(options.rulesDir);
  const folder = readRulesFolder(rulesDir);
  checkUniqueIds(folder.leaks);
  const warnings: string[] = [];
  const params = engineParams(DEFAULT_ENGINE_PARAMS);
  const leakOptions = {
    docsDir: options.docsDir === undefined ? undefined : resolve(options.docsDir),
    params,
    warn: (m: string) => warnings.push(m),
  };
  const leaks = [...folder.leaks]
    .sort((a, b) => (a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0))
    .map((leak) => toBundleLeak(leak, leakOptions));
  const { id, version, report } = folder.manifest.value;
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    id,
    version,
    created: createdDate(
      folder.leaks.map((l) => l.value),
      options.env,
    ),
    ...(report === undefined ? {} : { report }),
    engine: params,
    leaks,
  };
  return {
    bundle: checked(bundle, rulesDir),
    json: `${JSON.stringify(bundle, null, 2)}\n`,
    files: folder.files,
    warnings,
  };
}

/** Only the parameters the bundle format knows, in a fixed key order. */
function engineParams(p: EngineParams): EngineParams {
  return { shingle: p.shingle, hash: p.hash };
}

/** The compiled bundle must pass the same check the extension applies before it loads one. */
function checked(bundle: Bundle, rulesDir: string): Bundle {
  const result = parseBundle(bundle);
  if (!result.ok)
    throw new CompileError(
      { file: displayPath(rulesDir) },
      `the compiled bundle is invalid: ${result.error}`,
    );
  return bundle;
}
