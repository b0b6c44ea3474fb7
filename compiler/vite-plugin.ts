// Build embedding: the vite plugin that provides `virtual:leaklens-bundle`, the bundle compiled
// from rules/ (or from LEAKLENS_RULES / LEAKLENS_DOCS), so the extension ships no separate file;
// with it what a page needs before the bundle (its version and page filter), so that pages
// with nothing to find never parse it.
/// <reference path="./virtual-leaklens-bundle.d.ts" />
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CompileError } from './compile-error';
import { compileRules, type CompileResult } from './compile-rules';
import { pageFilterOf } from '../engine/page-filter';

export const VIRTUAL_BUNDLE_ID = 'virtual:leaklens-bundle';
// The \0 prefix is the rollup convention that keeps other plugins off a virtual module.
const RESOLVED_ID = `\0${VIRTUAL_BUNDLE_ID}`;
const DEFAULT_RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

export interface LeaklensBundleOptions {
  /** Defaults to process.env (LEAKLENS_RULES, LEAKLENS_DOCS, SOURCE_DATE_EPOCH). */
  env?: NodeJS.ProcessEnv;
}

export function leaklensBundle(options: LeaklensBundleOptions = {}): Plugin {
  const env = options.env ?? process.env;
  let compiled: CompileResult | undefined;
  const compile = (): CompileResult => {
    compiled ??= compileRules({
      rulesDir: env.LEAKLENS_RULES || DEFAULT_RULES_DIR,
      docsDir: env.LEAKLENS_DOCS || undefined,
      env,
    });
    return compiled;
  };
  return {
    name: 'leaklens-bundle',
    resolveId(id) {
      return id === VIRTUAL_BUNDLE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let result: CompileResult;
      try {
        result = compile();
      } catch (e) {
        // One line, no stack: the message already names the file, line and field.
        if (e instanceof CompileError) this.error(`LeakLens rules: ${e.message}`);
        throw e;
      }
      for (const file of result.files) this.addWatchFile(file);
      for (const warning of result.warnings) this.warn(warning);
      return builtinModule(result);
    },
    watchChange(id) {
      // Any rules file edited during `wxt dev` forces a fresh compile.
      if (compiled?.files.includes(id)) compiled = undefined;
    },
  };
}

/**
 * The module's source. The bundle stays a string until first asked for: JSON.parse of a string
 * literal is also faster for engines to load than a large object literal.
 */
function builtinModule({ bundle }: CompileResult): string {
  const info = { id: bundle.id, version: bundle.version, created: bundle.created };
  const filter = pageFilterOf(bundle);
  return [
    `const text = ${JSON.stringify(JSON.stringify(bundle))};`,
    'let parsed;',
    'export function builtinBundle() { return (parsed ??= JSON.parse(text)); }',
    `export const builtinInfo = ${JSON.stringify(info)};`,
    `export const builtinFilter = ${JSON.stringify(filter)};`,
    '',
  ].join('\n');
}
