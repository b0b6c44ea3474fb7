// `npm test`: every gate in order (typecheck, format, unit, builds, web-ext lint, zips, e2e), then
// one last line `N passed, N failed` counting unit + e2e tests, each failed gate adding one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'node_modules/.bin');
const REPORTS = join(ROOT, '.tmp/reports');
const DEMO_ENV = {
  LEAKLENS_RULES: 'demo/rules',
  LEAKLENS_DOCS: 'demo/docs',
  LEAKLENS_OUT_DIR: '.output/demo',
};
/** A build that trusts the committed test key and http on loopback, for the updates e2e test. */
const UPDATES_ENV = {
  LEAKLENS_UPDATE_KEY: 'tests/fixtures/updates/test.pub',
  LEAKLENS_UPDATE_ALLOW_HTTP_LOOPBACK: '1',
  LEAKLENS_OUT_DIR: '.output/updates',
};
/**
 * The built-in bundle with a watch budget of 3 ms of main-thread time, for the budget e2e test
 * (seconds, not hours). Not the demo bundle: its fingerprints send every page to the scanner, and the test
 * needs the lookout watching too.
 */
const BUDGET_ENV = { LEAKLENS_WATCH_MS: '3', LEAKLENS_OUT_DIR: '.output/budget' };
const BUILDS = [
  'build chrome',
  'build firefox',
  'build demo chrome',
  'build demo firefox',
  'build updates chrome',
  'build updates firefox',
  'build budget chrome',
  'build budget firefox',
];

/**
 * @typedef {{ ok: boolean, passed?: number, failed?: number, note?: string }} Outcome
 * @typedef {{ name: string, needs?: string[], run: () => Outcome }} Step
 */

/** @type {Step[]} */
const STEPS = [
  { name: 'typecheck', run: () => command(['tsc', '--noEmit']) },
  { name: 'format', run: () => command(['prettier', '--check', '.']) },
  { name: 'unit tests', run: () => vitest('unit', []) },
  { name: 'build chrome', run: () => command(['wxt', 'build']) },
  { name: 'build firefox', run: () => command(['wxt', 'build', '-b', 'firefox', '--mv3']) },
  { name: 'build demo chrome', run: () => command(['wxt', 'build'], DEMO_ENV) },
  {
    name: 'build demo firefox',
    run: () => command(['wxt', 'build', '-b', 'firefox', '--mv3'], DEMO_ENV),
  },
  { name: 'build updates chrome', run: () => command(['wxt', 'build'], UPDATES_ENV) },
  {
    name: 'build updates firefox',
    run: () => command(['wxt', 'build', '-b', 'firefox', '--mv3'], UPDATES_ENV),
  },
  { name: 'build budget chrome', run: () => command(['wxt', 'build'], BUDGET_ENV) },
  {
    name: 'build budget firefox',
    run: () => command(['wxt', 'build', '-b', 'firefox', '--mv3'], BUDGET_ENV),
  },
  { name: 'web-ext lint', needs: ['build firefox'], run: lintFirefox },
  { name: 'zips', run: zips },
  {
    name: 'e2e tests',
    needs: BUILDS,
    run: () => vitest('e2e', ['-c', 'vitest.e2e.config.ts']),
  },
];

/** Runs a node_modules/.bin tool with its output shown; Node 24 from .bin comes first on PATH. */
function command(argv, env = {}, capture = false) {
  const [tool, ...args] = argv;
  const result = spawnSync(join(BIN, tool), args, {
    cwd: ROOT,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) console.error(`${tool}: ${result.error.message}`);
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

/** A vitest run whose JSON report gives the counts; a crash without failed tests counts as one. */
function vitest(kind, args) {
  const report = join(REPORTS, `${kind}.json`);
  rmSync(report, { force: true });
  const run = command([
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) return { ok: false, passed: 0, failed: 1, note: 'no JSON report' };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const passed = json.numPassedTests ?? 0;
  let failed = json.numFailedTests ?? 0;
  // A file that fails to load or an unhandled error fails the run without failing a test.
  if (!run.ok && failed === 0) failed = 1;
  return {
    ok: run.ok && failed === 0,
    passed,
    failed,
    note: `${passed} passed, ${failed} failed`,
    failures: failuresOf(json),
  };
}

/**
 * The failed tests of a vitest JSON report, one line each with the first line of the error:
 * CI keeps only the tail of the output, so the summary must say what failed.
 */
function failuresOf(json) {
  const lines = [];
  for (const file of json.testResults ?? []) {
    const tests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of tests) {
      const first = String(t.failureMessages?.[0] ?? '').split('\n')[0];
      lines.push(`${relative(process.cwd(), file.name)} > ${t.fullName}: ${first.slice(0, 300)}`);
    }
    if (tests.length === 0 && file.status === 'failed') {
      lines.push(
        `${relative(process.cwd(), file.name)}: ${String(file.message ?? '').slice(0, 300)}`,
      );
    }
  }
  return lines;
}

function lintFirefox() {
  const run = command(
    [
      'web-ext',
      'lint',
      '--source-dir',
      '.output/firefox-mv3',
      '--output',
      'json',
      '--no-config-discovery',
    ],
    {},
    true,
  );
  const start = run.stdout.indexOf('{');
  if (start < 0) return { ok: false, note: 'web-ext lint printed no JSON' };
  const report = JSON.parse(run.stdout.slice(start));
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const item of report[kind] ?? []) {
      console.log(`  ${kind.slice(0, -1)}: ${item.code} ${item.message} ${item.file ?? ''}`);
    }
  }
  // Clean means no warnings or notices either: the warnings library code once raised are patched
  // out at build time (compiler/library-patches-plugin.ts).
  const { errors, warnings, notices } = report.summary;
  return {
    ok: errors + warnings + notices === 0,
    note: `${errors} errors, ${warnings} warnings, ${notices} notices`,
  };
}

/** Store zips for both browsers plus Firefox's sources zip, which must hold only project files. */
function zips() {
  const outDir = join(ROOT, '.output');
  for (const old of listZips(outDir)) rmSync(join(outDir, old));
  const chrome = command(['wxt', 'zip']);
  const firefox = command(['wxt', 'zip', '-b', 'firefox', '--mv3']);
  if (!chrome.ok || !firefox.ok) return { ok: false, note: 'wxt zip failed' };
  const made = listZips(outDir);
  const missing = ['-chrome.zip', '-firefox.zip', '-sources.zip'].filter(
    (suffix) => !made.some((name) => name.endsWith(suffix)),
  );
  if (missing.length > 0) return { ok: false, note: `missing zips: ${missing.join(', ')}` };
  const sources = made.find((name) => name.endsWith('-sources.zip'));
  const entries = zipEntries(readFileSync(join(outDir, sources)));
  const forbidden = entries.filter((name) =>
    /^(\.output|node_modules)\/|(^|\/)(corpus|real-pages)\//.test(name),
  );
  if (forbidden.length > 0) {
    return { ok: false, note: `sources zip holds ${forbidden.slice(0, 5).join(', ')}` };
  }
  if (!entries.includes('package.json'))
    return { ok: false, note: 'sources zip lacks package.json' };
  return { ok: true, note: `${made.join(', ')}; sources: ${entries.length} files` };
}

function listZips(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.zip')) : [];
}

/** File names from a zip's central directory (no zip64: store zips are far below 4 GB). */
function zipEntries(zip) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + skip;
  }
  return names;
}

function main() {
  mkdirSync(REPORTS, { recursive: true });
  const results = new Map();
  for (const step of STEPS) {
    const blockedBy = (step.needs ?? []).filter((name) => !results.get(name)?.ok);
    console.log(`\n=== ${step.name} ===`);
    const started = Date.now();
    const outcome =
      blockedBy.length > 0
        ? { ok: false, note: `not run: ${blockedBy.join(', ')} failed` }
        : safely(step.run);
    results.set(step.name, { ...outcome, seconds: (Date.now() - started) / 1000 });
  }
  summarize(results);
}

function safely(run) {
  try {
    return run();
  } catch (error) {
    return { ok: false, note: error instanceof Error ? error.message : String(error) };
  }
}

function summarize(results) {
  let passed = 0;
  let failed = 0;
  console.log('\n=== summary ===');
  for (const [name, r] of results) {
    const mark = r.ok ? 'ok  ' : 'FAIL';
    console.log(`${mark} ${name} (${r.seconds.toFixed(1)} s)${r.note ? `: ${r.note}` : ''}`);
    for (const line of r.failures ?? []) console.log(`     - ${line}`);
    passed += r.passed ?? 0;
    // Test steps count their failed tests; any other failed gate counts as one.
    failed += r.failed ?? (r.ok ? 0 : 1);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
