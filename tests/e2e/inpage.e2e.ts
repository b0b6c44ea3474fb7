// In the page, in Chromium and Firefox: highlights cover exactly the republished text, and the
// markers' cards open by keyboard and by pointer and close with Escape; a frame from another site
// is marked and counted like the page itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, REPO_ROOT, extensionDir } from './harness';
import type { Tab } from './harness';
import { axeViolations } from './axe';
import type { FrameState, TabState } from '../../extension/tab-state';
import { badgeOf, loadedScripts, popupFinding, tabIdFor, tabStateExpression } from './observe';
import { extensionErrors, once, url, useSession } from './support';

const API = '(globalThis.browser ?? globalThis.chrome)';
const HOST = `document.querySelector('leaklens-ui')`;
const SHADOW = `${HOST}?.shadowRoot`;
const CARD_OPEN = `!!${SHADOW}?.querySelector('[data-testid="card"]')`;
const FOCUSED_IN_UI = `(document.activeElement?.localName === 'leaklens-ui' && ${SHADOW}?.activeElement?.dataset.testid) || null`;

/** Lower-case words of a text, so highlighted ranges compare with the document whatever the markup. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);

const DOCUMENT = words(readFileSync(join(REPO_ROOT, 'demo/docs/harbour-strategy.txt'), 'utf8'));

async function highlightedTexts(tab: Tab): Promise<string[]> {
  return tab.waitFor<string[]>(`(() => {
    const h = CSS.highlights.get('leaklens-republishes');
    return h && h.size > 0 ? [...h].map((r) => r.toString()) : null;
  })()`);
}

/** Whether `part` occurs in `whole` as a contiguous run of words. */
function containsRun(whole: string[], part: string[]): boolean {
  const joined = ` ${whole.join(' ')} `;
  return joined.includes(` ${part.join(' ')} `);
}

describe.each(BROWSERS)('in-page marks in %s', (browser) => {
  const session = useSession(browser, () => extensionDir(browser, 'demo'));
  const ext = once(async () => (await session()).openExtensionPage('popup.html'));
  const page = once(async () => {
    const tab = await (await session()).open(url('/fixtures/demo-exact.html'));
    await tabIdFor(await ext(), tab.url);
    return tab;
  });

  it('highlights only text of the document, and nearly all of it', async () => {
    const texts = await highlightedTexts(await page());
    for (const t of texts) expect(containsRun(DOCUMENT, words(t)), t.slice(0, 80)).toBe(true);
    const covered = texts.reduce((n, t) => n + words(t).length, 0);
    expect(covered / DOCUMENT.length).toBeGreaterThan(0.9);
    expect(covered).toBeLessThanOrEqual(DOCUMENT.length);
  });

  it('loads the markers and cards, which the scanner leaves out until it has marks', async () => {
    const tab = await page();
    await tab.waitFor<boolean>(`!!${SHADOW}?.querySelector('[data-testid="marker"]')`);
    const tabId = await tabIdFor(await ext(), tab.url);
    expect(await loadedScripts(await ext(), tabId)).toEqual({ scanner: true, marksUi: true });
  });

  it("puts markers in the margin of the passage's block, past display: contents wrappers", async () => {
    const tab = await (await session()).open(url('/fixtures/demo-contents.html'));
    try {
      await tab.waitFor<boolean>(`!!${SHADOW}?.querySelector('[data-testid="marker"]')`, 30_000);
      const { lefts, column } = await tab.evaluate<{ lefts: number[]; column: number }>(`({
        lefts: [...${SHADOW}.querySelectorAll('[data-testid="marker"]')].map((m) => m.getBoundingClientRect().left),
        column: document.querySelector('main').getBoundingClientRect().left,
      })`);
      expect(lefts.length).toBeGreaterThan(0);
      // Just before the column's start edge (the wrappers have no box; the page's edge is 0).
      for (const left of lefts) {
        expect(left).toBeGreaterThan(column - 40);
        expect(left).toBeLessThan(column);
      }
    } finally {
      await tab.close();
    }
  });

  it('opens a card by keyboard, keeps it on Enter, and closes it with Escape', async () => {
    const tab = await page();
    await tab.evaluate(`(document.activeElement?.blur?.(), window.focus(), true)`);
    let focused: string | null = null;
    for (let i = 0; i < 30 && focused === null; i++) {
      await tab.press('Tab');
      focused = await tab.evaluate<string | null>(FOCUSED_IN_UI);
    }
    expect(focused).toBe('marker');
    expect(await tab.waitFor<boolean>(CARD_OPEN)).toBe(true);
    await tab.press('Enter');
    expect(await tab.evaluate<boolean>(CARD_OPEN)).toBe(true);
    const card = await tab.evaluate<{ label: string; text: string }>(`(() => {
      const c = ${SHADOW}.querySelector('[data-testid="card"]');
      return { label: c.getAttribute('role'), text: c.textContent };
    })()`);
    expect(card.label).toBe('dialog');
    expect(card.text).toContain('Northwind harbour strategy paper');
    await tab.press('Escape');
    await tab.waitFor<boolean>(`!(${CARD_OPEN})`);
    expect(await tab.evaluate<string | null>(FOCUSED_IN_UI)).toBe('marker');
  });

  it('opens a card by pointer and closes it with Escape', async () => {
    const tab = await page();
    await tab.click('[data-testid="marker"]');
    expect(await tab.waitFor<boolean>(CARD_OPEN)).toBe(true);
    await tab.press('Escape');
    expect(await tab.waitFor<boolean>(`!(${CARD_OPEN})`)).toBe(true);
  });

  it('has no axe violations in an open card and its markers', async () => {
    const tab = await page();
    await tab.click('[data-testid="marker"]');
    await tab.waitFor<boolean>(CARD_OPEN);
    expect(await axeViolations(tab, `{ include: [['leaklens-ui']] }`)).toEqual([]);
    await tab.press('Escape');
  });

  it("hides the site's marks from the card, through the background, and shows them again", async () => {
    const tab = await page();
    const marks = `(CSS.highlights.get('leaklens-republishes')?.size ?? 0)`;
    const hidden = `${API}.storage.sync.get('settings').then((s) => s.settings?.hiddenSites ?? [])`;
    expect(await tab.evaluate<number>(marks)).toBeGreaterThan(0);
    await tab.click('[data-testid="marker"]');
    await tab.waitFor<boolean>(CARD_OPEN);
    await tab.click('[data-testid="card-hide"]');
    await tab.waitFor(`${marks} === 0`);
    const extTab = await ext();
    expect(await extTab.evaluate<string[]>(hidden)).toEqual(['127.0.0.1']);
    await extTab.evaluate(
      `${API}.storage.sync.get('settings').then((s) => ${API}.storage.sync.set({ settings: { ...s.settings, hiddenSites: [] } })).then(() => true)`,
    );
    await tab.waitFor(`${marks} > 0`);
  });

  it('rescans an open page when the sensitivity changes', async () => {
    const tab = await (await session()).open(url('/fixtures/sensitivity.html'));
    const tabId = await tabIdFor(await ext(), tab.url);
    const verdict = `${tabStateExpression(tabId)}.then((s) => s?.frames[0]?.verdict ?? null)`;
    const settings = await (await session()).openExtensionPage('options.html');
    try {
      const extTab = await ext();
      // One strong name repeated and one weak name: discusses only at high sensitivity.
      expect(await extTab.waitFor<string>(verdict)).toBe('none');
      await settings.waitFor(`!!document.querySelector('[data-testid="sensitivity-high"]')`);
      await settings.click('[data-testid="sensitivity-high"]');
      expect(await extTab.waitFor<boolean>(`${verdict}.then((v) => v === 'discusses')`)).toBe(true);
      await settings.click('[data-testid="sensitivity-normal"]');
      expect(await extTab.waitFor<boolean>(`${verdict}.then((v) => v === 'none')`)).toBe(true);
    } finally {
      await settings.close();
      await tab.close();
    }
  });

  it('marks a document republished in a frame from another site; badge and popup count it', async () => {
    const extTab = await ext();
    const tab = await (await session()).open(url('/fixtures/cross-site-frame.html'));
    try {
      const tabId = await tabIdFor(extTab, tab.url);
      const framed = `${tabStateExpression(tabId)}.then((s) => s?.frames.find((f) => f.frameId !== 0 && f.passages.length > 0) ?? null)`;
      const frame = await extTab.waitFor<FrameState>(framed, 30_000);
      expect(frame.verdict).toBe('republishes');
      const state = await extTab.evaluate<TabState>(tabStateExpression(tabId));
      expect(state.frames.find((f) => f.frameId === 0)?.verdict).toBe('none');
      const passages = frame.passages.length;
      expect((await badgeOf(extTab, tabId)).text).toBe(String(passages));
      expect(await popupFinding(await session(), tabId)).toEqual({
        verdict: 'republishes',
        passages,
      });
      // The top page, of another site, is left as it was: no highlight, no marks of ours.
      expect(await tab.evaluate<number>(`CSS.highlights.size`)).toBe(0);
      expect(await tab.evaluate<boolean>(`${HOST} === null`)).toBe(true);
    } finally {
      await tab.close();
    }
  });

  it('raises no errors from the extension', async () => {
    await page();
    expect(extensionErrors(await session())).toEqual([]);
  });
});
