// `npm run demo`: builds LeakLens with the fictional demo bundle, serves the demo pages on
// 127.0.0.1 and opens them in Chromium with the extension loaded — in a window where there is a
// display (it stays open until Ctrl-C), otherwise headless — saving screenshots of a page, an open
// card and the popup, light and dark, to docs/screenshots/, and printing each page's verdict.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_BINARY, chromiumArgs } from '../tests/e2e/harness/chromium';
import { startServer } from '../tests/e2e/harness/server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = '.output/demo';
const EXTENSION = join(ROOT, OUT_DIR, 'chrome-mv3');
const SHOTS = join(ROOT, 'docs/screenshots');
const PAGES = join(ROOT, 'demo/pages');
const SCHEMES = ['light', 'dark'] as const;
const windowed = Boolean(process.env.DISPLAY) && !process.env.CI;

function buildDemo(): void {
  const env = {
    ...process.env,
    LEAKLENS_RULES: 'demo/rules',
    LEAKLENS_DOCS: 'demo/docs',
    LEAKLENS_OUT_DIR: OUT_DIR,
  };
  const built = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the demo build failed');
}

interface TabInfo {
  tabId: number;
  verdict: string;
  passages: number;
}

/** The background's stored result for a page, once its scan has been reported. */
async function resultFor(worker: Worker, url: string): Promise<TabInfo> {
  for (let i = 0; i < 100; i++) {
    const found = await worker.evaluate(async (pageUrl) => {
      // Runs in the service worker, where `chrome` is the extension API (untyped here on purpose).
      const api = (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      const all = await api.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        const state = value as {
          url?: string;
          frames?: { verdict: string; passages: unknown[] }[];
        };
        if (!key.startsWith('tab:') || state.url !== pageUrl || !state.frames?.length) continue;
        const order = ['republishes', 'quotes', 'links', 'discusses', 'none'];
        const verdict = state.frames
          .map((f) => f.verdict)
          .sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
        const passages = state.frames.reduce((n, f) => n + f.passages.length, 0);
        return { tabId: Number(key.slice(4)), verdict: verdict ?? 'none', passages };
      }
      return null;
    }, url);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no result for ${url}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
}

async function screenshots(
  context: BrowserContext,
  worker: Worker,
  base: string,
  extId: string,
): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${base}/demo/quote.html`);
  const { tabId } = await resultFor(worker, page.url());
  await page.waitForFunction(() =>
    [...CSS.highlights.keys()].some((k) => k.startsWith('leaklens-')),
  );
  await shoot(page, 'page');
  await page.locator('[data-testid="marker"]').first().focus();
  await page.locator('[data-testid="card"]').waitFor();
  await shoot(page, 'card');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-testid="finding"]').waitFor();
  await shoot(popup, 'popup');
  await popup.close();
}

async function main(): Promise<void> {
  buildDemo();
  const server = await startServer([{ prefix: '/demo/', dir: PAGES }]);
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'leaklens-demo-')),
    {
      executablePath: CHROMIUM_BINARY,
      headless: !windowed,
      args: chromiumArgs(EXTENSION),
    },
  );
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extId = new URL(worker.url()).host;
    await screenshots(context, worker, server.baseUrl, extId);
    console.log(`screenshots: ${SHOTS}`);
    for (const file of readdirSync(PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/demo/${file}`);
      // The late-quote page adds its quote after 2 s: give it time before reading the verdict.
      if (file.startsWith('late')) await page.waitForTimeout(3500);
      const r = await resultFor(worker, page.url());
      console.log(
        `${r.verdict.padEnd(12)} ${String(r.passages).padStart(3)} passages  ${server.baseUrl}/demo/${file}`,
      );
      if (!windowed) await page.close();
    }
    if (windowed) {
      console.log('LeakLens is loaded in the Chromium window; press Ctrl-C to quit.');
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
