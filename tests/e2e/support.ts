// Glue between the harness and vitest: server URLs and browser sessions that use this run's
// directory, so global teardown can sweep whatever a crashed test leaves behind.
import { inject } from 'vitest';
import { launchBrowser } from './harness';
import type { BrowserName, BrowserSession } from './harness';

/** Absolute URL on the static server, e.g. url('/fixtures/harness.html'). */
export function url(path: string): string {
  return `${inject('baseUrl')}${path.startsWith('/') ? path : `/${path}`}`;
}

export function startSession(browser: BrowserName, extensionDir: string): Promise<BrowserSession> {
  return launchBrowser(browser, extensionDir, { runDir: inject('runDir') });
}

/** Page errors whose source or context is the extension (its pages, scripts or workers). */
export function extensionErrors(session: BrowserSession): string[] {
  return session
    .pageErrors()
    .filter((e) =>
      [e.sourceUrl, e.contextUrl, e.text].some((s) => s?.includes(session.extensionOrigin)),
    )
    .map((e) => `${e.kind}: ${e.text} (${e.sourceUrl ?? e.contextUrl ?? 'unknown source'})`);
}
