// The real command line as a subprocess (`npx tsx cli/main.ts …`): exit codes, one-line errors on
// stderr (never a stack trace), and the shape of the JSON output.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    execFile(
      'npx',
      ['tsx', 'cli/main.ts', ...args],
      { env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
        resolve({ code, stdout, stderr: withoutNpmNoise(stderr) });
      },
    );
  });
}

/** npm may print its own config warnings; they are not the CLI's output. */
function withoutNpmNoise(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
}

function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^leaklens: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const dir = mkdtempSync(join(tmpdir(), 'leaklens-cli-'));
const demoBundle = join(dir, 'demo.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('leaklens build-bundle', () => {
  it('writes the bundle and says what it wrote', async () => {
    const run = await leaklens(
      'build-bundle',
      '--rules',
      'demo/rules',
      '--docs',
      'demo/docs',
      '--out',
      demoBundle,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^wrote .*demo\.json: bundle leaklens-demo v1, created 2031-04-28, 1 leak\(s\), 3 document\(s\), 3 fingerprinted, \d+ bytes\n$/,
    );
  });

  it('fails in one line naming file, line and field on a bad source', async () => {
    const run = await leaklens(
      'build-bundle',
      '--rules',
      'tests/fixtures/rules-bad/bad-date',
      '--out',
      join(dir, 'x.json'),
    );
    expectOneLineError(
      run,
      /rules-bad\/bad-date\/leak\.yaml:14: statements\[0\]\.date: expected a real date/,
    );
  });

  it('fails in one line without --out', async () => {
    expectOneLineError(await leaklens('build-bundle', '--rules', 'rules'), /missing --out/);
  });
});

describe('leaklens scan', () => {
  beforeAll(async () => {
    const run = await leaklens(
      'build-bundle',
      '--rules',
      'demo/rules',
      '--docs',
      'demo/docs',
      '--out',
      demoBundle,
    );
    expect(run.code).toBe(0);
  });

  it('prints one JSON object per input per line', async () => {
    const inputs = [
      'demo/pages/quote.html',
      'demo/pages/clean.html',
      'demo/docs/donor-call-notes.txt',
    ];
    const run = await leaklens('scan', '--bundle', demoBundle, '--format', 'json', ...inputs);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.input, l.verdict])).toEqual([
      ['demo/pages/quote.html', 'quotes'],
      ['demo/pages/clean.html', 'none'],
      ['demo/docs/donor-call-notes.txt', 'republishes'],
    ]);
    expect(lines[0]).toMatchObject({
      leaks: [
        {
          id: 'northwind-2031',
          verdict: 'quotes',
          documents: ['treasury-memo'],
          passages: expect.any(Array),
        },
      ],
    });
    expect(lines[1]).toEqual({ input: 'demo/pages/clean.html', verdict: 'none', leaks: [] });
  });
});

describe.concurrent('leaklens scan and usage errors', () => {
  it('prints a table with the built-in bundle by default', async () => {
    const run = await leaklens(
      'scan',
      'tests/fixtures/pages-2024/discusses/indictment.html',
      'tests/fixtures/pages-2024/none/trump-rally.html',
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VERDICT\s+INPUT\s+DETAILS$/);
    expect(lines[1]).toMatch(
      /^discusses\s+tests\/fixtures\/pages-2024\/discusses\/indictment\.html\s+us-2024-trump-campaign: discusses/,
    );
    expect(lines[2]).toMatch(/^none\s+tests\/fixtures\/pages-2024\/none\/trump-rally\.html$/);
  });

  it('prints usage with --help', async () => {
    const run = await leaklens('scan', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:/);
  });

  it('exits 2 on an unreadable file', async () => {
    expectOneLineError(
      await leaklens('scan', 'no/such/page.html'),
      /cannot read no\/such\/page\.html \(ENOENT\)/,
    );
  });

  it('exits 2 on an invalid bundle', async () => {
    const bad = join(dir, 'bad-bundle.json');
    writeFileSync(bad, JSON.stringify({ format: 1, id: 'x' }));
    expectOneLineError(
      await leaklens('scan', '--bundle', bad, 'demo/pages/clean.html'),
      /bad-bundle\.json: invalid bundle at version/,
    );
  });

  it('exits 2 on a bundle that is not JSON', async () => {
    const bad = join(dir, 'not-json.json');
    writeFileSync(bad, '{');
    expectOneLineError(
      await leaklens('scan', '--bundle', bad, 'demo/pages/clean.html'),
      /invalid bundle .*not-json\.json: not JSON/,
    );
  });

  it('exits 2 on an unknown flag', async () => {
    expectOneLineError(
      await leaklens('scan', '--colour', 'demo/pages/clean.html'),
      /scan: Unknown option '--colour'/,
    );
  });

  it('exits 2 on a bad flag value', async () => {
    expectOneLineError(
      await leaklens('scan', '--sensitivity', 'extreme', 'demo/pages/clean.html'),
      /--sensitivity must be one of low, normal, high/,
    );
  });

  it('exits 2 without an input', async () => {
    expectOneLineError(await leaklens('scan', '--format', 'json'), /scan: missing FILE_OR_URL/);
  });

  it('exits 2 on an unknown command or none', async () => {
    expectOneLineError(await leaklens('scna'), /unknown command "scna"/);
    expectOneLineError(await leaklens(), /missing command/);
  });
});
