// The lookout and the hand-over, end to end with the built-in bundle in Chromium and Firefox ESR:
// a page with nothing to find never gets the scanner; a page whose text passes the filter (at
// once, later, or out of the lookout's sight in a shadow root) gets it and its finding; pausing
// and resuming a site works on the lookout's side too.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionDir } from './harness';
import type { Tab } from './harness';
import { tabIdFor } from './observe';
import { extensionErrors, once, url, useSession } from './support';

const API = '(globalThis.browser ?? globalThis.chrome)';

interface Frame {
  status: string;
  verdict: string;
  timing?: { scanner: boolean; extractMs: number };
}

/** The top frame's stored report, once it satisfies `ready` (a JS predicate over `f`). */
function topFrame(ext: Tab, tabId: number, ready = 'true'): Promise<Frame> {
  return ext.waitFor<Frame>(
    `${API}.storage.session.get('tab:${tabId}').then((all) => {
      const f = all['tab:${tabId}']?.frames.find((x) => x.frameId === 0);
      return f && (${ready}) ? f : null;
    })`,
    20_000,
  );
}

describe.each(BROWSERS)('the lookout in %s', (browser) => {
  const session = useSession(browser, () => extensionDir(browser, 'default'));
  const ext = once(async () => (await session()).openExtensionPage('popup.html'));

  async function open(path: string): Promise<{ page: Tab; tabId: number }> {
    const page = await (await session()).open(url(`${path}?lookout-${Date.now()}`));
    return { page, tabId: await tabIdFor(await ext(), page.url) };
  }

  it('sees a page with nothing to find through the filter alone: no extraction, no scanner', async () => {
    const { page, tabId } = await open('/fixtures/clean.html');
    const frame = await topFrame(await ext(), tabId);
    expect(frame).toMatchObject({ status: 'scanned', verdict: 'none' });
    expect(frame.timing).toMatchObject({ scanner: false, extractMs: 0 });
    await page.close();
  });

  it('hands a page that names the leak to the scanner, which finds it', async () => {
    const { page, tabId } = await open('/fixtures/discusses.html');
    const frame = await topFrame(await ext(), tabId, `f.verdict === 'discusses'`);
    expect(frame.timing?.scanner).toBe(true);
    await page.close();
  });

  it('hands over when a later update names the leak', async () => {
    const { page, tabId } = await open('/fixtures/late-mention.html');
    const first = await topFrame(await ext(), tabId);
    console.log(JSON.stringify(first));
    expect(first).toMatchObject({ verdict: 'none', timing: { scanner: false } });
    const later = await topFrame(await ext(), tabId, `f.verdict === 'discusses'`);
    expect(later).toMatchObject({ status: 'scanned', timing: { scanner: true } });
    await page.close();
  });

  it('hands over a page whose text sits in an open shadow root', async () => {
    const { page, tabId } = await open('/fixtures/shadow-mention.html');
    expect((await topFrame(await ext(), tabId, `f.verdict !== 'none'`)).verdict).toBe('discusses');
    await page.close();
  });

  it('reports a paused site paused, and looks again on resume', async () => {
    const e = await ext();
    const pause = (sites: string[]) =>
      e.evaluate(`${API}.storage.sync.get('settings').then((all) =>
        ${API}.storage.sync.set({ settings: { ...all.settings, pausedSites: ${JSON.stringify(sites)} } }))`);
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

  it('raises no errors from the extension', async () => {
    await ext();
    expect(extensionErrors(await session())).toEqual([]);
  });
});
