// The one browser-neutral interface the end-to-end tests use; chromium.ts and firefox.ts implement
// it, so a test written against it runs unchanged in both browsers.

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** An uncaught error or console error seen by the browser, with where it came from. */
export interface PageError {
  kind: 'uncaught' | 'console';
  text: string;
  /** Script URL the error came from (top stack frame), when the browser says. */
  sourceUrl?: string;
  /** URL of the page, worker or extension context it happened in, when known. */
  contextUrl?: string;
}

/** One request the browser made, as the network log records it. */
export interface NetworkRequest {
  url: string;
  method: string;
  /** Header names in lower case, with their values. */
  headers: Record<string, string>;
  /** The body as text, where the browser hands it over (Chromium does, BiDi does not). */
  body?: string;
  /**
   * URL of the document or worker that made the request, when the browser says: a page, a frame,
   * or the extension's own pages and background. Undefined when no context is known.
   */
  initiatorUrl?: string;
}

export interface Tab {
  /** The URL the tab was opened at. */
  readonly url: string;
  /**
   * Evaluates a JavaScript expression in the page's main world, awaits it if it is a promise and
   * returns its JSON round-trip (`undefined` stays `undefined`). Throws with the page's message.
   */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * Polls `expression` until it is truthy and returns that value; on timeout throws an error that
   * names the expression and the last value (or error) seen.
   */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  /** Presses a key, Playwright-style names: 'Tab', 'Enter', 'Escape', 'Shift+Tab', 'a'. */
  press(key: string): Promise<void>;
  /** Clicks the centre of the first element matching `selector` (open shadow roots included). */
  click(selector: string): Promise<void>;
  /** Clicks at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Saves a PNG of the viewport. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`, without a trailing slash. */
  readonly extensionOrigin: string;
  /** Opens `url` in a new tab and waits for its load event. */
  open(url: string): Promise<Tab>;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<Tab>;
  /** Every page error and console error seen so far, in every tab and extension context. */
  pageErrors(): PageError[];
  /**
   * Every request seen so far, from pages, frames, workers and the extension alike. Only for a
   * session launched with `recordNetwork`; throws otherwise, so that no test reads an empty log.
   */
  networkLog(): NetworkRequest[];
  /** Ends the browser and removes its profile; safe to call twice. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Directory for the temporary profile; the caller's run directory, so teardown can sweep it. */
  runDir: string;
  /** Record every request for networkLog() (off by default: it costs BiDi traffic in Firefox). */
  recordNetwork?: boolean;
}
