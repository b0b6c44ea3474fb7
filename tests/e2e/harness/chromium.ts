// Chromium driver: playwright-core over Debian's /usr/bin/chromium with the unpacked extension
// loaded into a throwaway persistent profile; no network beyond 127.0.0.1.
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import {
  centreOfExpression,
  networkNotRecorded,
  parseJsonResult,
  pollUntil,
  wrapForJson,
} from './common';
import type { Point } from './common';
import type { BrowserSession, LaunchOptions, NetworkRequest, PageError, Tab } from './types';

export const CHROMIUM_BINARY = '/usr/bin/chromium';

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    // Two locks on the network: names other than loopback's do not resolve, and anything that
    // still gets a connection (an IP literal) goes to a dead proxy. Loopback bypasses proxies.
    // `localhost` is a second site on the same server (tests/fixtures/pages/cross-site-frame.html).
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
    '--proxy-server=http://127.0.0.1:9',
  ];
}

/** Chromium with the unpacked extension in a persistent profile at `profileDir`. */
export function launchExtensionContext(
  extensionDir: string,
  profileDir: string,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_BINARY,
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 800 },
  });
}

/** The extension's origin (chrome-extension://id), once its service worker has started. */
export async function extensionOrigin(
  context: BrowserContext,
  extensionDir: string,
): Promise<string> {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => {
      throw new Error(`the extension in ${extensionDir} started no service worker in Chromium`);
    }));
  // Node's URL gives 'null' as the origin of chrome-extension: URLs; cut it by hand.
  return worker.url().split('/').slice(0, 3).join('/');
}

export async function launchChromium(
  extensionDir: string,
  options: LaunchOptions,
): Promise<BrowserSession> {
  const profileDir = await mkdtemp(join(options.runDir, 'chromium-'));
  const context = await launchExtensionContext(extensionDir, profileDir);
  try {
    // Recorders first: errors of the service worker's start are the extension's errors too.
    const errors: PageError[] = [];
    recordErrors(context, errors);
    const requests = options.recordNetwork ? recordRequests(context) : undefined;
    const origin = await extensionOrigin(context, extensionDir);
    return new ChromiumSession(context, origin, errors, profileDir, requests);
  } catch (error) {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

function recordErrors(context: BrowserContext, errors: PageError[]): void {
  context.on('weberror', (webError) => {
    const error = webError.error();
    errors.push({
      kind: 'uncaught',
      text: error.stack ?? error.message,
      sourceUrl: webError.location().url || undefined,
      contextUrl: webError.page()?.url(),
    });
  });
  // The context's console event covers pages and the service worker alike.
  context.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    errors.push({
      kind: 'console',
      text: msg.text(),
      sourceUrl: msg.location().url || undefined,
      contextUrl: msg.page()?.url() ?? msg.worker()?.url(),
    });
  });
}

/**
 * Records every request of the context: pages, frames and service workers (the extension's own
 * included: Playwright reports a worker's requests on the context, with the worker as initiator).
 */
function recordRequests(context: BrowserContext): NetworkRequest[] {
  const requests: NetworkRequest[] = [];
  context.on('request', (request: Request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      headers: request.headers(),
      body: request.postData() ?? undefined,
      initiatorUrl: initiatorOf(request),
    });
  });
  return requests;
}

function initiatorOf(request: Request): string | undefined {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    // Requests of workers other than service workers have no frame.
    return undefined;
  }
}

class ChromiumSession implements BrowserSession {
  readonly name = 'chromium' as const;
  private closed = false;

  constructor(
    private readonly context: BrowserContext,
    readonly extensionOrigin: string,
    private readonly errors: PageError[],
    private readonly profileDir: string,
    private readonly requests: NetworkRequest[] | undefined,
  ) {}

  async open(url: string): Promise<Tab> {
    const page = await this.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return new ChromiumTab(page, url);
  }

  openExtensionPage(pathAndQuery: string): Promise<Tab> {
    return this.open(`${this.extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`);
  }

  pageErrors(): PageError[] {
    return [...this.errors];
  }

  networkLog(): NetworkRequest[] {
    if (!this.requests) throw networkNotRecorded();
    return [...this.requests];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.context.close();
    } finally {
      await rm(this.profileDir, { recursive: true, force: true });
    }
  }
}

class ChromiumTab implements Tab {
  constructor(
    private readonly page: Page,
    readonly url: string,
  ) {}

  async evaluate<T>(expression: string): Promise<T> {
    return parseJsonResult<T>(await this.page.evaluate(wrapForJson(expression)));
  }

  waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    return pollUntil((e) => this.evaluate<T>(e), expression, timeoutMs);
  }

  // Input goes to the active tab, as in firefox.ts: a background tab gets no focus events.
  async press(key: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.keyboard.press(key);
  }

  async click(target: string | number, y?: number): Promise<void> {
    await this.page.bringToFront();
    const point = typeof target === 'number' ? { x: target, y: y ?? 0 } : await this.find(target);
    await this.page.mouse.click(point.x, point.y);
  }

  private async find(selector: string): Promise<Point> {
    const point = await this.evaluate<Point | null>(centreOfExpression(selector));
    if (!point) throw new Error(`click: no element matches ${selector} in ${this.url}`);
    return point;
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
