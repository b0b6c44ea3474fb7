// Glue between the harness and vitest: server URLs, lazily started browser sessions that use this
// run's directory (so global teardown can sweep whatever a crashed test leaves behind).
import { afterAll, inject } from 'vitest';
import { launchBrowser } from './harness';
import type { BrowserName, BrowserSession } from './harness';

/** Absolute URL on the static server, e.g. url('/fixtures/harness.html'). */
export function url(path: string): string {
  return `${inject('baseUrl')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Memoizes an async setup step. Tests await it instead of relying on beforeAll: a setup failure
 * (a missing browser, say) then fails every test that needs it, where a failed beforeAll would
 * only mark them skipped, and the `N failed` count would hide it.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** A browser session started on first use and closed after the enclosing describe. */
export function useSession(
  browser: BrowserName,
  extensionDir: () => string,
): () => Promise<BrowserSession> {
  let started: BrowserSession | undefined;
  const session = once(async () => {
    started = await launchBrowser(browser, extensionDir(), { runDir: inject('runDir') });
    return started;
  });
  afterAll(async () => {
    await started?.close();
  });
  return session;
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
