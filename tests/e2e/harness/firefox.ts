// Firefox driver: firefox-esr started by hand in its own process group and spoken to over
// WebDriver BiDi (no geckodriver exists for this ESR here); the extension is installed by path.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BidiConnection } from './bidi';
import type { BidiParams } from './bidi';
import {
  centreOfExpression,
  errorMessage,
  networkNotRecorded,
  parseJsonResult,
  pollUntil,
  splitKeyCombo,
  wrapForJson,
} from './common';
import type { Point } from './common';
import { userJs } from './firefox-prefs';
import type { BrowserSession, LaunchOptions, NetworkRequest, PageError, Tab } from './types';

export const FIREFOX_BINARY = '/usr/bin/firefox-esr';
const DEFAULT_GECKO_ID = 'leaklens@leaklens.invalid';
const VIEWPORT = { width: 1280, height: 800 };

/** Process groups still alive, killed on exit so a crashed test run leaves no Firefox behind. */
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid);
});

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone (ESRCH): nothing to do.
  }
}

export async function launchFirefox(
  extensionDir: string,
  options: LaunchOptions,
): Promise<BrowserSession> {
  const profileDir = await mkdtemp(join(options.runDir, 'firefox-'));
  const uuid = randomUUID();
  await writeFile(join(profileDir, 'user.js'), userJs(await geckoIdOf(extensionDir), uuid));
  const child = spawn(
    FIREFOX_BINARY,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profileDir,
      '--remote-debugging-port=0',
      // Without it Firefox refuses BiDi navigation to moz-extension:// pages.
      '--remote-allow-system-access',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start ${FIREFOX_BINARY}`);
  liveGroups.add(pgid);
  const session = new FirefoxSession(child, pgid, `moz-extension://${uuid}`, profileDir);
  try {
    await session.start(await bidiUrl(child), extensionDir, options.recordNetwork ?? false);
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

async function geckoIdOf(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  return manifest.browser_specific_settings?.gecko?.id ?? DEFAULT_GECKO_ID;
}

/** Reads Firefox's stderr until it announces the BiDi WebSocket; keeps draining it afterwards. */
function bidiUrl(child: ChildProcess, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let tail = '';
    const fail = (why: string): void =>
      reject(new Error(`firefox-esr ${why}; stderr ends with:\n${tail.slice(-2000)}`));
    const timer = setTimeout(() => fail(`announced no BiDi port in ${timeoutMs} ms`), timeoutMs);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-8000);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(tail);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(`exited (code ${code}) before BiDi was up`);
    });
  });
}

/** The parts of a BiDi network.beforeRequestSent event the log keeps. */
interface BeforeRequestSent {
  context?: string | null;
  request?: {
    url?: string;
    method?: string;
    headers?: { name: string; value: { type?: string; value?: string } }[];
  };
}

interface LogEntry {
  type?: string;
  level?: string;
  text?: string;
  source?: { context?: string };
  stackTrace?: { callFrames?: { url?: string }[] };
}

class FirefoxSession implements BrowserSession {
  readonly name = 'firefox' as const;
  private bidi: BidiConnection | undefined;
  private readonly errors: PageError[] = [];
  private readonly contextUrls = new Map<string, string>();
  private requests: NetworkRequest[] | undefined;
  private readonly frameUrls = new Map<string, string>();
  private closed = false;

  constructor(
    private readonly child: ChildProcess,
    private readonly pgid: number,
    readonly extensionOrigin: string,
    private readonly profileDir: string,
  ) {}

  async start(url: string, extensionDir: string, recordNetwork: boolean): Promise<void> {
    const bidi = await BidiConnection.open(`${url}/session`);
    this.bidi = bidi;
    await bidi.send('session.new', { capabilities: {} });
    bidi.on('log.entryAdded', (params) => this.recordLog(params as LogEntry));
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
    if (recordNetwork) await this.recordNetwork(bidi);
    await bidi.send('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
  }

  /**
   * Subscribes to every request for all contexts, before the extension is installed, so that
   * nothing it does from install on is missed.
   */
  private async recordNetwork(bidi: BidiConnection): Promise<void> {
    const requests: NetworkRequest[] = [];
    this.requests = requests;
    bidi.on('network.beforeRequestSent', (params) => {
      const event = params as BeforeRequestSent;
      const headers = Object.fromEntries(
        (event.request?.headers ?? []).map((h) => [h.name.toLowerCase(), h.value.value ?? '']),
      );
      requests.push({
        url: event.request?.url ?? '',
        method: event.request?.method ?? '',
        headers,
        initiatorUrl: this.contextUrl(event.context),
      });
    });
    // Frames get contexts of their own: their URLs come from these events.
    const frameUrl = (params: BidiParams) => {
      const { context, url } = params as { context?: string; url?: string };
      if (context && url && url !== 'about:blank') this.frameUrls.set(context, url);
    };
    bidi.on('browsingContext.contextCreated', frameUrl);
    bidi.on('browsingContext.domContentLoaded', frameUrl);
    await bidi.send('session.subscribe', {
      events: [
        'network.beforeRequestSent',
        'browsingContext.contextCreated',
        'browsingContext.domContentLoaded',
      ],
    });
  }

  /** A context's URL: a tab we opened, else the last one BiDi announced for it (frames). */
  private contextUrl(context: string | null | undefined): string | undefined {
    if (!context) return undefined;
    return this.contextUrls.get(context) ?? this.frameUrls.get(context) ?? `bidi:${context}`;
  }

  private recordLog(entry: LogEntry): void {
    const isError = entry.type === 'javascript' || entry.level === 'error';
    if (!isError) return;
    const frames = entry.stackTrace?.callFrames ?? [];
    const context = entry.source?.context;
    this.errors.push({
      kind: entry.type === 'javascript' ? 'uncaught' : 'console',
      text: entry.text ?? '',
      sourceUrl: frames.find((frame) => frame.url)?.url,
      contextUrl: context ? this.contextUrls.get(context) : undefined,
    });
  }

  async open(url: string): Promise<Tab> {
    const bidi = this.connection();
    const created = await bidi.send('browsingContext.create', { type: 'tab' });
    const context = String(created.context);
    this.contextUrls.set(context, url);
    await bidi.send('browsingContext.setViewport', { context, viewport: VIEWPORT });
    const tab = new FirefoxTab(bidi, context, url);
    try {
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    } catch (error) {
      // A refused sub-frame (real pages embed ads from hosts we block) fails the navigation
      // command although the page itself loaded; only a page that did not load is an error.
      const loaded = await tab
        .waitFor<boolean>(
          `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`,
        )
        .catch(() => false);
      if (!loaded) throw error;
    }
    return tab;
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
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    this.bidi?.close();
    // Content processes share the group: killing the group leaves none of them behind.
    killGroup(this.pgid);
    liveGroups.delete(this.pgid);
    await exited;
    await rm(this.profileDir, { recursive: true, force: true });
  }

  private connection(): BidiConnection {
    if (!this.bidi || this.closed) throw new Error('firefox session is not running');
    return this.bidi;
  }
}

/** WebDriver key codes for the non-character keys the tests use (Playwright names). */
const KEY_CODES: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

function keyValue(name: string): string {
  const code = KEY_CODES[name];
  if (code) return code;
  if ([...name].length === 1) return name;
  throw new Error(`press: unknown key ${name}`);
}

class FirefoxTab implements Tab {
  constructor(
    private readonly bidi: BidiConnection,
    private readonly context: string,
    readonly url: string,
  ) {}

  async evaluate<T>(expression: string): Promise<T> {
    const reply = await this.bidi.send('script.evaluate', {
      expression: wrapForJson(expression),
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') {
      const details = reply.exceptionDetails as { text?: string } | undefined;
      throw new Error(`evaluate failed in ${this.url}: ${details?.text ?? 'exception'}`);
    }
    const result = reply.result as { type?: string; value?: unknown } | undefined;
    return parseJsonResult<T>(result?.type === 'undefined' ? undefined : result?.value);
  }

  waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    return pollUntil((e) => this.evaluate<T>(e), expression, timeoutMs);
  }

  async press(combo: string): Promise<void> {
    const { modifiers, key } = splitKeyCombo(combo);
    const down = [...modifiers, key].map((k) => ({ type: 'keyDown', value: keyValue(k) }));
    const up = [key, ...modifiers.reverse()].map((k) => ({ type: 'keyUp', value: keyValue(k) }));
    await this.perform({ type: 'key', id: 'keyboard', actions: [...down, ...up] });
  }

  async click(target: string | number, y?: number): Promise<void> {
    const point = typeof target === 'number' ? { x: target, y: y ?? 0 } : await this.find(target);
    await this.perform({
      type: 'pointer',
      id: 'mouse',
      parameters: { pointerType: 'mouse' },
      actions: [
        { type: 'pointerMove', x: Math.round(point.x), y: Math.round(point.y) },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ],
    });
  }

  private async find(selector: string): Promise<Point> {
    const point = await this.evaluate<Point | null>(centreOfExpression(selector));
    if (!point) throw new Error(`click: no element matches ${selector} in ${this.url}`);
    return point;
  }

  private async perform(source: BidiParams): Promise<void> {
    // Input goes to the active tab: a background tab gets no focus events, as for a real user.
    await this.bidi.send('browsingContext.activate', { context: this.context });
    try {
      await this.bidi.send('input.performActions', { context: this.context, actions: [source] });
    } finally {
      await this.bidi.send('input.releaseActions', { context: this.context });
    }
  }

  async screenshot(file: string): Promise<void> {
    const reply = await this.bidi.send('browsingContext.captureScreenshot', {
      context: this.context,
    });
    await writeFile(file, Buffer.from(String(reply.data), 'base64'));
  }

  async close(): Promise<void> {
    try {
      await this.bidi.send('browsingContext.close', { context: this.context });
    } catch (error) {
      // Closing a tab of a browser that is already gone is not worth failing a test over.
      if (!/closed|no such frame/i.test(errorMessage(error))) throw error;
    }
  }
}
