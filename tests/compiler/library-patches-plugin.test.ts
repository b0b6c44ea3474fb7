// The library patches: each finds its one line in the installed library (an upgrade that moves it
// fails here and stops the build), and the patched libraries still work: Preact renders text and
// refuses HTML, zod still checks objects.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import {
  LIBRARY_PATCHES,
  applyPatch,
  libraryPatches,
  patchFor,
  type LibraryPatch,
} from '../../compiler/library-patches-plugin';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'leaklens-patches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds `source` (an ES module) with the patches, writes it to a file and imports it. */
async function bundled<T>(name: string, source: string): Promise<{ code: string; module: T }> {
  const entry = join(dir, `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [libraryPatches()],
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: name },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const code = output.output[0].code;
  const file = join(dir, `${name}.out.mjs`);
  writeFileSync(file, code);
  return { code, module: (await import(pathToFileURL(file).href)) as T };
}

describe('the library patches', () => {
  it.each(LIBRARY_PATCHES.map((p) => [p.module, p] as const))(
    'find their one place in the installed %s',
    (module, patch) => {
      const code = readFileSync(join(ROOT, module), 'utf8');
      const patched = applyPatch(code, patch);
      expect(patched).not.toMatch(patch.find);
      expect(patched).toContain(patch.replace);
    },
  );

  it('stop the build where a library changed: no place, or more than one', () => {
    const patch: LibraryPatch = { module: '/x.js', find: /a\.innerHTML=b/g, replace: '0' };
    expect(() => applyPatch('nothing here', patch)).toThrow(/found 0 places to change, not 1/);
    expect(() => applyPatch('a.innerHTML=b;a.innerHTML=b', patch)).toThrow(/found 2 places/);
  });

  it('apply to the named module only, whatever its query or separators', () => {
    const preact = '/node_modules/preact/dist/preact.mjs';
    expect(patchFor(`/work/x${preact}?v=1`)?.module).toBe(preact);
    expect(patchFor(`C:\\work\\x${preact.replaceAll('/', '\\')}`)?.module).toBe(preact);
    expect(patchFor('/work/x/node_modules/preact/hooks/dist/hooks.mjs')).toBeUndefined();
    expect(patchFor('/work/x/components/PassageCard.tsx')).toBeUndefined();
  });
});

describe('Preact, patched', () => {
  type Preact = typeof import('preact');
  const preact = bundled<Preact>(
    'preact',
    `export * from ${JSON.stringify(join(ROOT, 'node_modules/preact/dist/preact.mjs'))};`,
  );

  it('holds no assignment to innerHTML', async () => {
    expect((await preact).code).not.toMatch(/\.innerHTML\s*=(?!=)/);
  });

  it('renders text as text, and refuses dangerouslySetInnerHTML', async () => {
    const { h, render } = (await preact).module;
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    render(h('p', null, '<b>not bold</b>'), document.body);
    expect(document.body.innerHTML).toBe('<p>&lt;b&gt;not bold&lt;/b&gt;</p>');
    const html = h('p', { dangerouslySetInnerHTML: { __html: '<b>bold</b>' } });
    expect(() => render(html, document.body)).toThrow(/LeakLens inserts no HTML/);
    expect(document.body.querySelector('b')).toBeNull();
  });
});

describe('zod, patched', () => {
  type Zod = typeof import('zod');
  const zod = bundled<Zod>(
    'zod',
    `export { z } from ${JSON.stringify(join(ROOT, 'node_modules/zod/index.js'))};`,
  );

  it('holds no Function constructor call', async () => {
    expect((await zod).code).not.toMatch(/\bFunction\(/);
  });

  it('still checks objects, on its path without generated code', async () => {
    const { z } = (await zod).module;
    const schema = z.object({ id: z.string(), version: z.number().int() });
    expect(schema.parse({ id: 'a', version: 2, extra: true })).toEqual({ id: 'a', version: 2 });
    expect(schema.safeParse({ id: 'a', version: 2.5 }).success).toBe(false);
    expect(schema.safeParse({ version: 1 }).success).toBe(false);
  });
});
