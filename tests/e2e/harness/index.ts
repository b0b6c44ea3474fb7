// Entry point of the e2e harness: launches either browser behind the BrowserSession interface and
// fails loudly (never skips) when a browser or the built extension is missing.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_BINARY, launchChromium } from './chromium';
import { FIREFOX_BINARY, launchFirefox } from './firefox';
import type { BrowserName, BrowserSession, LaunchOptions } from './types';

export type { BrowserName, BrowserSession, NetworkRequest, PageError, Tab } from './types';
export { BROWSERS } from './types';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/**
 * Which build to load: `default` embeds rules/, `demo` embeds demo/rules, `budget` is the default
 * build with a watch budget of 3 batches (LEAKLENS_OUT_DIR, scripts/test-all.mjs).
 */
export type BuildName = 'default' | 'demo' | 'budget';

const BUILD_OUT_DIRS: Record<BuildName, string> = {
  default: '.output',
  demo: '.output/demo',
  budget: '.output/budget',
};

const TARGETS: Record<BrowserName, string> = {
  chromium: 'chrome-mv3',
  firefox: 'firefox-mv3',
};

const BINARIES: Record<BrowserName, string> = {
  chromium: CHROMIUM_BINARY,
  firefox: FIREFOX_BINARY,
};

/** The unpacked extension directory of `build` for `browser`; throws if it was never built. */
export function extensionDir(browser: BrowserName, build: BuildName = 'default'): string {
  const dir = join(REPO_ROOT, BUILD_OUT_DIRS[build], TARGETS[browser]);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const how = build === 'default' ? 'npm run build' : `npm test (it makes the ${build} build)`;
    throw new Error(`no built extension at ${dir}: run ${how} first`);
  }
  return dir;
}

export async function launchBrowser(
  name: BrowserName,
  extensionDir: string,
  options: LaunchOptions = { runDir: tmpdir() },
): Promise<BrowserSession> {
  const binary = BINARIES[name];
  if (!existsSync(binary)) {
    throw new Error(
      `${binary} is missing, so the ${name} end-to-end tests cannot run. ` +
        'Install the browsers: apt-get install -y chromium firefox-esr',
    );
  }
  return name === 'chromium'
    ? launchChromium(extensionDir, options)
    : launchFirefox(extensionDir, options);
}
