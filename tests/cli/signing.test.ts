// keygen, sign and verify as a subprocess (`npx tsx cli/main.ts …`): the files they write, their
// modes, and the exit codes (verify: 0 valid, 1 invalid with one line, 2 bad input).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function leaklens(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'cli/main.ts', ...args], (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      const clean = stderr
        .split('\n')
        .filter((line) => !line.startsWith('npm warn'))
        .join('\n');
      resolve({ code, stdout, stderr: clean });
    });
  });
}

function expectOneLine(run: Run, code: number, pattern: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^leaklens: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const dir = mkdtempSync(join(tmpdir(), 'leaklens-sign-'));
const prefix = join(dir, 'maint');
const bundle = join(dir, 'bundle.json');
const BUNDLE = {
  format: 1,
  id: 'signed-test',
  version: 7,
  created: '2031-04-28',
  engine: { shingle: 5, hash: 'fnv1a32' },
  leaks: [],
};

beforeAll(async () => {
  writeFileSync(bundle, `${JSON.stringify(BUNDLE, null, 2)}\n`);
  const keygen = await leaklens('keygen', '--out', prefix);
  expect(keygen.code).toBe(0);
  const signed = await leaklens('sign', '--key', `${prefix}.key`, bundle);
  expect(signed.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leaklens keygen', () => {
  it('writes a private key readable by its owner only, and the raw public key', () => {
    expect(statSync(`${prefix}.key`).mode & 0o777).toBe(0o600);
    const pub = readFileSync(`${prefix}.pub`, 'utf8');
    expect(pub).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(Buffer.from(pub, 'base64')).toHaveLength(32);
  });

  it('never overwrites an existing key', async () => {
    const before = readFileSync(`${prefix}.key`, 'utf8');
    expectOneLine(await leaklens('keygen', '--out', prefix), 2, /already exists: refusing/);
    expect(readFileSync(`${prefix}.key`, 'utf8')).toBe(before);
  });

  it('needs --out', async () => {
    expectOneLine(await leaklens('keygen'), 2, /keygen: missing --out/);
  });
});

describe.concurrent('leaklens sign and verify', () => {
  it('signs into BUNDLE.json.sig: base64 of 64 bytes', () => {
    const sig = readFileSync(`${bundle}.sig`, 'utf8');
    expect(Buffer.from(sig.trim(), 'base64')).toHaveLength(64);
  });

  it('verifies a signed bundle: exit 0 and one line', async () => {
    const run = await leaklens('verify', '--pub', `${prefix}.pub`, bundle);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^valid: .*bundle\.json \(bundle signed-test v7\) is signed by /);
  });

  it('verifies the committed test fixture key pair', async () => {
    const copy = join(dir, 'fixture-signed.json');
    writeFileSync(copy, JSON.stringify(BUNDLE));
    const sign = await leaklens('sign', '--key', 'tests/fixtures/updates/test.key', copy);
    expect(sign.code).toBe(0);
    expect(sign.stdout).toMatch(/^wrote .*fixture-signed\.json\.sig: signature of /);
    const run = await leaklens('verify', '--pub', 'tests/fixtures/updates/test.pub', copy);
    expect(run.code).toBe(0);
  });

  it('exits 1 for a changed byte', async () => {
    const changed = join(dir, 'changed.json');
    writeFileSync(changed, readFileSync(bundle, 'utf8').replace('"version": 7', '"version": 8'));
    const run = await leaklens(
      'verify',
      '--pub',
      `${prefix}.pub`,
      '--sig',
      `${bundle}.sig`,
      changed,
    );
    expectOneLine(run, 1, /invalid: .*changed\.json: the signature in .* does not verify with /);
  });

  it('exits 1 for another key', async () => {
    const run = await leaklens('verify', '--pub', 'tests/fixtures/updates/test.pub', bundle);
    expectOneLine(run, 1, /does not verify/);
  });

  it('exits 1 for a signature file that is not a signature', async () => {
    const garbage = join(dir, 'garbage.sig');
    writeFileSync(garbage, 'hello\n');
    const run = await leaklens('verify', '--pub', `${prefix}.pub`, '--sig', garbage, bundle);
    expectOneLine(run, 1, /does not verify/);
  });

  it('refuses to sign a bundle the extension would refuse (exit 2)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...BUNDLE, engine: { shingle: 5, hash: 'md5' } }));
    expectOneLine(
      await leaklens('sign', '--key', `${prefix}.key`, bad),
      2,
      /refusing to sign .*bad\.json: engine cannot use it: unsupported fingerprint hash "md5"/,
    );
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"format":');
    expectOneLine(
      await leaklens('sign', '--key', `${prefix}.key`, notJson),
      2,
      /refusing to sign .*not\.json: not UTF-8 JSON/,
    );
  });

  it('exits 2 on bad input: missing files, a public key as private key, missing flags', async () => {
    expectOneLine(
      await leaklens('verify', '--pub', join(dir, 'none.pub'), bundle),
      2,
      /cannot read the public key .*none\.pub \(ENOENT\)/,
    );
    expectOneLine(
      await leaklens('verify', '--pub', `${prefix}.pub`, join(dir, 'none.json')),
      2,
      /cannot read the bundle .*none\.json \(ENOENT\)/,
    );
    expectOneLine(
      await leaklens('sign', '--key', `${prefix}.pub`, bundle),
      2,
      /maint\.pub: not an Ed25519 private key/,
    );
    expectOneLine(
      await leaklens('verify', '--pub', `${prefix}.key`, bundle),
      2,
      /maint\.key: not an Ed25519 public key/,
    );
    expectOneLine(await leaklens('verify', bundle), 2, /verify: missing --pub/);
    expectOneLine(
      await leaklens('sign', '--key', `${prefix}.key`),
      2,
      /sign: expected one BUNDLE\.json, got 0/,
    );
    expectOneLine(await leaklens('sign', '--bogus', bundle), 2, /sign: Unknown option '--bogus'/);
  });
});
