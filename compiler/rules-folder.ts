// Reads a rules folder: the manifest (bundle.yaml) and one validated leak per other *.yaml file,
// in file-name order so that the compiled bundle never depends on the directory listing order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CompileError, displayPath } from './compile-error';
import { validateSource } from './schema-issue';
import {
  leakSourceSchema,
  manifestSourceSchema,
  MANIFEST_FILE,
  type LeakSource,
  type ManifestSource,
} from './source-schema';
import { loadYamlFile, type YamlSource } from './yaml-source';

export interface Loaded<T> {
  source: YamlSource;
  value: T;
}

export interface RulesFolder {
  manifest: Loaded<ManifestSource>;
  leaks: Loaded<LeakSource>[];
  /** Every file read, absolute (for build watchers). */
  files: string[];
}

export function readRulesFolder(rulesDir: string): RulesFolder {
  const names = listYamlFiles(rulesDir);
  if (!names.includes(MANIFEST_FILE)) {
    throw new CompileError(
      { file: displayPath(join(rulesDir, MANIFEST_FILE)) },
      'missing bundle manifest: expected a file with id, version and optionally report',
    );
  }
  const load = <T>(name: string, parse: (s: YamlSource) => T): Loaded<T> => {
    const source = loadYamlFile(join(rulesDir, name), displayPath(join(rulesDir, name)));
    return { source, value: parse(source) };
  };
  const manifest = load(MANIFEST_FILE, (s) => validateSource(manifestSourceSchema, s));
  const leaks = names
    .filter((n) => n !== MANIFEST_FILE)
    .map((n) => load(n, (s) => validateSource(leakSourceSchema, s)));
  return { manifest, leaks, files: names.map((n) => join(rulesDir, n)) };
}

function listYamlFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new CompileError({ file: displayPath(dir) }, 'cannot read the rules folder');
  }
  // Code-unit order, not locale order: the same on every machine.
  return names.filter((n) => /\.ya?ml$/.test(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
