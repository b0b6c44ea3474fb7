// Enforces the folder boundaries of docs/architecture.md by reading every source file's imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  try {
    statSync(abs);
  } catch {
    return [];
  }
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** Import specifiers of a file, resolved to repo-relative paths where relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
  return specs.map((s) =>
    s.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), s)) : s,
  );
}

const topFolder = (path: string): string => path.split(/[\\/]/)[0]!;

function violations(folder: string, allowed: (spec: string) => boolean): string[] {
  return filesUnder(folder).flatMap((f) =>
    importsOf(f)
      .filter((s) => !allowed(s))
      .map((s) => `${f} imports ${s}`),
  );
}

const isRelative = (s: string, folders: string[]): boolean => folders.includes(topFolder(s));
const isPackage = (s: string): boolean =>
  !s.includes('/') ||
  !['engine', 'extension', 'components', 'entrypoints', 'compiler', 'cli'].includes(topFolder(s));

describe('folder boundaries', () => {
  it('engine imports only engine files and third-party libraries, no extension API', () => {
    const bad = violations(
      'engine',
      (s) =>
        isRelative(s, ['engine']) ||
        (isPackage(s) && !s.startsWith('wxt') && !s.startsWith('#') && !s.startsWith('virtual:')),
    );
    expect(bad).toEqual([]);
  });

  it('engine touches no browser globals', () => {
    const globals = /(?<![.\w])(window|document|browser|chrome|localStorage|navigator)\s*[.[]/;
    const bad = filesUnder('engine').filter((f) => {
      const code = readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return globals.test(code);
    });
    expect(bad).toEqual([]);
  });

  it('extension never imports entry points or components', () => {
    expect(violations('extension', (s) => !isRelative(s, ['entrypoints', 'components']))).toEqual(
      [],
    );
  });

  it('components never import entry points nor call the browser directly', () => {
    expect(
      violations('components', (s) => !isRelative(s, ['entrypoints']) && s !== 'wxt/browser'),
    ).toEqual([]);
  });

  it('nothing outside entrypoints imports an entry point', () => {
    const all = ['engine', 'extension', 'components', 'compiler', 'cli'];
    const bad = all.flatMap((d) => violations(d, (s) => !isRelative(s, ['entrypoints'])));
    expect(bad).toEqual([]);
  });

  it('finds the source files it checks', () => {
    expect(filesUnder('engine').length).toBeGreaterThan(2);
    expect(filesUnder('extension').length).toBeGreaterThan(2);
    expect(filesUnder('components').length).toBeGreaterThan(1);
  });
});
