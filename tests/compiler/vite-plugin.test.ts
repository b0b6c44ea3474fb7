// The build plugin: `virtual:leaklens-bundle` is the compiled bundle (from rules/ or
// LEAKLENS_RULES), and a rules error fails the build with the compiler's one-line message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { leaklensBundle } from '../../compiler/vite-plugin';
import { compilePageFilter, prefilterSources } from '../../engine/page-filter';
import type { PageFilter } from '../../engine/prefilter';
import type { Bundle } from '../../engine/bundle';

const dir = mkdtempSync(join(tmpdir(), 'leaklens-plugin-'));
const entry = join(dir, 'entry.js');
writeFileSync(entry, "export * from 'virtual:leaklens-bundle';\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function buildWith(env: NodeJS.ProcessEnv): Promise<string> {
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [leaklensBundle({ env })],
    build: { write: false, minify: false, lib: { entry, formats: ['es'] } },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  return output.output[0].code;
}

interface BuiltinModule {
  builtinBundle(): unknown;
  builtinInfo: unknown;
  builtinFilter: PageFilter;
}

/** Evaluates the built module. */
async function evaluate(code: string): Promise<BuiltinModule> {
  const file = join(dir, `out-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return (await import(file)) as BuiltinModule;
}

/** Evaluates the built module and returns its bundle. */
async function defaultExport(code: string): Promise<unknown> {
  return (await evaluate(code)).builtinBundle();
}

describe('leaklensBundle', () => {
  it('embeds the bundle compiled from rules/ by default', async () => {
    const bundle = await defaultExport(await buildWith({}));
    expect(bundle).toMatchObject({
      format: 1,
      id: 'leaklens-builtin',
      leaks: [{ id: 'us-2024-trump-campaign' }],
    });
  });

  it('embeds the bundle of LEAKLENS_RULES (with LEAKLENS_DOCS) instead', async () => {
    const bundle = await defaultExport(
      await buildWith({ LEAKLENS_RULES: 'demo/rules', LEAKLENS_DOCS: 'demo/docs' }),
    );
    expect(bundle).toMatchObject({ id: 'leaklens-demo', leaks: [{ id: 'northwind-2031' }] });
    expect(JSON.stringify(bundle)).toContain('"fingerprints"');
  });

  it('gives what a page needs before the bundle: its version and its compiled page filter', async () => {
    const module = await evaluate(await buildWith({}));
    const bundle = module.builtinBundle() as Bundle;
    expect(module.builtinBundle()).toBe(bundle);
    expect(module.builtinInfo).toEqual({
      id: bundle.id,
      version: bundle.version,
      created: bundle.created,
    });
    expect(module.builtinFilter).toEqual(compilePageFilter(prefilterSources(bundle)));
    expect(module.builtinFilter.words).toContain('sandstorm');
  });

  it('fails the build with the one-line compile error', async () => {
    await expect(
      buildWith({ LEAKLENS_RULES: 'tests/fixtures/rules-bad/unknown-party' }),
    ).rejects.toThrow(
      /LeakLens rules: tests\/fixtures\/rules-bad\/unknown-party\/leak\.yaml:11: statements\[0\]\.party: unknown party "press"/,
    );
  });
});
