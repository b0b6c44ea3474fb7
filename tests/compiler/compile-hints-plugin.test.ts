// The compile-hint plugin: the named chunk starts with V8's hint, minified or not; others do not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { COMPILE_HINT, eagerCompileHint } from '../../compiler/compile-hints-plugin';

const dir = mkdtempSync(join(tmpdir(), 'leaklens-hint-plugin-'));
writeFileSync(join(dir, 'a.js'), 'export function look(t) {\n  return t.length; // a comment\n}\n');
writeFileSync(join(dir, 'b.js'), 'export const other = () => 2;\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function chunks(minify: boolean): Promise<Map<string, string>> {
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [eagerCompileHint(['a.js'])],
    build: {
      write: false,
      minify,
      rollupOptions: {
        input: { a: join(dir, 'a.js'), b: join(dir, 'b.js') },
        output: { entryFileNames: '[name].js' },
        preserveEntrySignatures: 'strict',
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  return new Map(output.output.map((o) => [o.fileName, o.type === 'chunk' ? o.code : '']));
}

describe('eagerCompileHint', () => {
  it.each([true, false])(
    'puts the hint first in the named chunk only (minify: %s)',
    async (minify) => {
      const out = await chunks(minify);
      expect(out.get('a.js')!.startsWith(`${COMPILE_HINT}\n`)).toBe(true);
      expect(out.get('a.js')).toMatch(/function/);
      expect(out.get('b.js')).not.toContain(COMPILE_HINT);
    },
  );
});
