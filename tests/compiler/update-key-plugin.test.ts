// The update-key plugin: `virtual:leaklens-update-key` carries rules/update-key.pub by default or
// the LEAKLENS_UPDATE_KEY file, and a malformed key fails the build in one line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { leaklensUpdateKey } from '../../compiler/update-key-plugin';

const dir = mkdtempSync(join(tmpdir(), 'leaklens-key-plugin-'));
const entry = join(dir, 'entry.js');
writeFileSync(entry, "export * from 'virtual:leaklens-update-key';\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface KeyModule {
  publicKey: unknown;
  allowHttpLoopback: unknown;
}

async function buildWith(env: NodeJS.ProcessEnv): Promise<KeyModule> {
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [leaklensUpdateKey({ env })],
    build: { write: false, minify: false, lib: { entry, formats: ['es'] } },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const file = join(dir, `out-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, output.output[0].code);
  const { publicKey, allowHttpLoopback } = (await import(file)) as KeyModule;
  return { publicKey, allowHttpLoopback };
}

const keyOf = (file: string): string => readFileSync(file, 'utf8').trim();

describe('leaklensUpdateKey', () => {
  it('embeds rules/update-key.pub, with loopback http off', async () => {
    expect(await buildWith({})).toEqual({
      publicKey: keyOf('rules/update-key.pub'),
      allowHttpLoopback: false,
    });
  });

  it('embeds the LEAKLENS_UPDATE_KEY file for test builds', async () => {
    const env = {
      LEAKLENS_UPDATE_KEY: 'tests/fixtures/updates/test.pub',
      LEAKLENS_UPDATE_ALLOW_HTTP_LOOPBACK: '1',
    };
    expect(await buildWith(env)).toEqual({
      publicKey: keyOf('tests/fixtures/updates/test.pub'),
      allowHttpLoopback: true,
    });
  });

  it('fails the build in one line on a key that is not 32 bytes', async () => {
    const bad = join(dir, 'bad.pub');
    writeFileSync(bad, 'AAAA\n');
    await expect(buildWith({ LEAKLENS_UPDATE_KEY: bad })).rejects.toThrow(
      /LeakLens update key: .*bad\.pub: expected base64 of a raw 32-byte Ed25519 public key/,
    );
    await expect(buildWith({ LEAKLENS_UPDATE_KEY: join(dir, 'none.pub') })).rejects.toThrow(
      /cannot read the update key/,
    );
  });
});
