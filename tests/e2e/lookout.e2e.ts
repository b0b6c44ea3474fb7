// The lookout and the hand-over, end to end with the built-in bundle in Chromium and Firefox ESR:
// a page with nothing to find never gets the scanner; a page whose text passes the filter (at
// once, later, or out of the lookout's sight in a shadow root) gets it and its finding; pausing
// and resuming a site works on the lookout's side too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../compiler/compile-hints-plugin';
import { BROWSERS, extensionDir } from './harness';
import type { Tab } from './harness';
import { loadedScripts, tabIdFor, tabStateExpression } from './observe';
import { extensionErrors, once, url, useSession } from './support';

const API = '(globalThis.browser ?? globalThis.chrome)';

interface Frame {
  status: string;
  verdict: string;
  timing?: { scanner: boolean; extractMs: number };
}

/** The top frame's report, once it satisfies `ready` (a JS predicate over `f`). */
function topFrame(ext: Tab, tabId: number, ready = 'true'): Promise<Frame> {
  return ext.waitFor<Frame>(
    `${tabStateExpression(tabId)}.then((s) => {
      const f = s?.frames.find((x) => x.frameId === 0);
      return f && (${ready}) ? f : null;
    })`,
    20_000,
  );
}

/** The tab's stored state: the reports frames sent (the popup's view adds the quiet ones). */
function storedState(ext: Tab, tabId: number): Promise<unknown> {
  return ext.evaluate(
    `${API}.storage.session.get('tab:${tabId}').then((all) => all['tab:${tabId}'] ?? null)`,
  );
}

describe.each(BROWSERS)('the lookout in %s', (browser) => {
  const session = useSession(browser, () => extensionDir(browser, 'default'));
  const ext = once(async () => (await session()).openExtensionPage('popup.html'));

  async function open(path: string): Promise<{ page: Tab; tabId: number }> {
    const page = await (await session()).open(url(`${path}?lookout-${Date.now()}`));
    return { page, tabId: await tabIdFor(await ext(), page.url) };
  }

  it("is built to be compiled whole as it loads: V8's compile hint comes first", () => {
    const lookout = join(extensionDir(browser, 'default'), 'content-scripts/content.js');
    expect(readFileSync(lookout, 'utf8').split('\n', 1)[0]).toBe(COMPILE_HINT);
  });

  it('sees a page with nothing to find through the filter alone: no extraction, no scanner', async () => {
    const { page, tabId } = await open('/fixtures/clean.html');
    const frame = await topFrame(await ext(), tabId);
    expect(frame).toMatchObject({ status: 'scanned', verdict: 'none' });
    expect(frame.timing).toMatchObject({ scanner: false, extractMs: 0 });
    // It said nothing to the extension: its report stayed in the frame until the popup's view asked.
    expect(await storedState(await ext(), tabId)).toBeNull();
    await page.close();
  });

  it('hands a page that names the leak to the scanner, which finds it', async () => {
    const { page, tabId } = await open('/fixtures/discusses.html');
    const frame = await topFrame(await ext(), tabId, `f.verdict === 'discusses'`);
    expect(frame.timing?.scanner).toBe(true);
    // Nothing to mark: the markers and cards were never loaded.
    expect(await loadedScripts(await ext(), tabId)).toEqual({ scanner: true, marksUi: false });
    await page.close();
  });

  it('hands over when a later update names the leak', async () => {
    const { page, tabId } = await open('/fixtures/late-mention.html');
    const first = await topFrame(await ext(), tabId);
    expect(first).toMatchObject({ verdict: 'none', timing: { scanner: false } });
    const later = await topFrame(await ext(), tabId, `f.verdict === 'discusses'`);
    expect(later).toMatchObject({ status: 'scanned', timing: { scanner: true } });
    await page.close();
  });

  it('hands over a page whose text sits in an open shadow root', async () => {
    // An empty <div> host, and a custom element whose light DOM holds other text.
    for (const fixture of ['shadow-mention', 'shadow-custom-element']) {
      const { page, tabId } = await open(`/fixtures/${fixture}.html`);
      const frame = await topFrame(await ext(), tabId, `f.verdict !== 'none'`);
      expect(frame.verdict, fixture).toBe('discusses');
      await page.close();
    }
  });

  /** Sets the paused sites as the popup would, and waits for the background's flag script. */
  async function pause(sites: string[]): Promise<void> {
    const e = await ext();
    await e.evaluate(`${API}.storage.sync.get('settings').then((all) =>
      ${API}.storage.sync.set({ settings: { ...all.settings, pausedSites: ${JSON.stringify(sites)} } }))`);
    const patterns = JSON.stringify(sites.map((s) => `*://${s}/*`));
    await e.waitFor(`${API}.scripting.getRegisteredContentScripts().then((all) => {
      const flag = all.find((s) => s.id === 'leaklens-flag-paused');
      return JSON.stringify(flag ? flag.matches : []) === ${JSON.stringify(patterns)};
    })`);
  }

  it('reports a paused site paused, and looks again on resume', async () => {
    const e = await ext();
    await pause(['127.0.0.1']);
    try {
      const { page, tabId } = await open('/fixtures/discusses.html');
      expect((await topFrame(e, tabId)).status).toBe('paused');
      await pause([]);
      const resumed = await topFrame(e, tabId, `f.verdict === 'discusses'`);
      expect(resumed.status).toBe('scanned');
      await page.close();
    } finally {
      await pause([]);
    }
  });

  it('stops on a page whose site is paused while it is open, and looks again on resume', async () => {
    const e = await ext();
    const { page, tabId } = await open('/fixtures/clean.html');
    try {
      expect((await topFrame(e, tabId)).status).toBe('scanned');
      await pause(['127.0.0.1']);
      await topFrame(e, tabId, `f.status === 'paused'`);
      await pause([]);
      expect(await topFrame(e, tabId, `f.status === 'scanned'`)).toMatchObject({
        verdict: 'none',
        timing: { scanner: false },
      });
    } finally {
      await pause([]);
      await page.close();
    }
  });

  it('raises no errors from the extension', async () => {
    await ext();
    expect(extensionErrors(await session())).toEqual([]);
  });
});
