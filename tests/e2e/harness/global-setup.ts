// Vitest globalSetup for the e2e run: starts the static server once, hands its URL and a run
// directory to the tests, and afterwards kills any browser a crashed test left behind.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from './index';
import { startServer } from './server';
import type { Mount } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the static server, e.g. 'http://127.0.0.1:40123'. */
    baseUrl: string;
    /** Temporary directory holding every browser profile of this run. */
    runDir: string;
  }
}

/** A CSP as strict as a hostile page may set: no scripts, styles or fetches of the page's own. */
export const STRICT_CSP = "default-src 'none'; require-trusted-types-for 'script'";

/**
 * The hostile pages' strict policy: their own script files may run (so they can show that they keep
 * working), but no inline script or style, no connection, no frame, and Trusted Types required.
 */
export const STRICT_SELF_CSP =
  "default-src 'none'; script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

function mounts(): Mount[] {
  const fixtures = join(REPO_ROOT, 'tests/fixtures/pages');
  const demo = join(REPO_ROOT, 'demo/pages');
  // The corpus lives beside the checkout (../shared), on this machine and in CI alike.
  const real = resolve(REPO_ROOT, '../shared/corpus/real-pages');
  const strict = { 'content-security-policy': STRICT_CSP };
  return [
    { prefix: '/fixtures/', dir: fixtures },
    { prefix: '/demo/', dir: demo },
    { prefix: '/real/', dir: real },
    // The same pages with their own scripts blocked, so any change to their DOM is ours.
    {
      prefix: '/real-quiet/',
      dir: real,
      headers: { 'content-security-policy': "script-src 'none'" },
    },
    { prefix: '/strict/fixtures/', dir: fixtures, headers: strict },
    { prefix: '/strict/demo/', dir: demo, headers: strict },
    {
      prefix: '/strict-self/hostile/',
      dir: join(fixtures, 'hostile'),
      headers: { 'content-security-policy': STRICT_SELF_CSP },
    },
  ];
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = await mkdtemp(join(tmpdir(), 'leaklens-e2e-'));
  const server = await startServer(mounts());
  project.provide('baseUrl', server.baseUrl);
  project.provide('runDir', runDir);
  return async () => {
    await server.close();
    await killProcessesUsing(runDir);
    await rm(runDir, { recursive: true, force: true });
  };
}

/**
 * Safety net for crashed workers: kills only processes whose command line names this run's
 * directory (the browsers we started with a profile inside it), found through /proc.
 */
async function killProcessesUsing(runDir: string): Promise<void> {
  if (!existsSync('/proc')) return;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.includes(runDir)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      console.warn(`e2e teardown: killed leftover browser process ${entry}`);
    } catch {
      // Exited meanwhile.
    }
  }
}
