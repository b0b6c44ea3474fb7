// The toolbar popup end to end, in Chromium and Firefox with the demo build: the finding on a
// republishing page, "Show" scrolling to a passage, every statement's https link, a clean page, a
// paused site with Resume (live, without a reload), keyboard use, and axe-core in the light and the dark theme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BROWSERS, REPO_ROOT, extensionDir } from './harness';
import type { BrowserSession, Tab } from './harness';
import { tabIdFor } from './observe';
import { extensionErrors, once, url, useSession } from './support';
import { axeBothThemes, axeViolations } from './axe';

const API = '(globalThis.browser ?? globalThis.chrome)';

interface DemoStatement {
  party: string;
  url: string;
  also?: string[];
}
const demoLeak = parse(readFileSync(join(REPO_ROOT, 'demo/rules/northwind-2031.yaml'), 'utf8')) as {
  title: string;
  statements: DemoStatement[];
};

const q = (selector: string): string => `document.querySelector(${JSON.stringify(selector)})`;
const count = (selector: string): string =>
  `document.querySelectorAll(${JSON.stringify(selector)}).length`;

/** Opens the popup for a tab and waits until it shows something other than "loading". */
async function openPopup(session: BrowserSession, tabId: number): Promise<Tab> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(`${q('main')} && !${q('[aria-busy]')} && ${q('main')}.children.length > 0`);
  return popup;
}

describe.each(BROWSERS)('popup in %s', (browser) => {
  const session = useSession(browser, () => extensionDir(browser, 'demo'));
  const ext = once(async () => (await session()).openExtensionPage('popup.html'));

  /** A demo page opened in its own tab (a unique query, so its stored state is its own). */
  async function openPage(path: string, tag: string): Promise<{ page: Tab; tabId: number }> {
    const page = await (await session()).open(url(`${path}?${tag}-${Date.now()}`));
    return { page, tabId: await tabIdFor(await ext(), page.url) };
  }

  const republish = once(async () => {
    const { page, tabId } = await openPage('/demo/republish.html', 'popup');
    // The badge counts passages once the whole page is scanned.
    await (
      await ext()
    ).waitFor(
      `${API}.action.getBadgeText({ tabId: ${tabId} })
      .then((t) => /^\\d+$/.test(t))`,
      20_000,
    );
    return { page, tabId, popup: await openPopup(await session(), tabId) };
  });

  it('shows the verdict, the leak, the documents by title and every passage with Show', async () => {
    const { popup } = await republish();
    const finding = await popup.evaluate<{ verdict: string; passages: number; heading: string }>(
      `(() => { const f = ${q('[data-testid="finding"]')};
        return { verdict: f.dataset.verdict, passages: Number(f.dataset.passages),
                 heading: f.querySelector('h2').textContent }; })()`,
    );
    expect(finding.verdict).toBe('republishes');
    expect(finding.heading).toBe('Republishes leaked documents');
    expect(finding.passages).toBeGreaterThan(0);
    expect(await popup.evaluate<number>(count('[data-testid="show-passage"]'))).toBe(
      finding.passages,
    );
    expect(await popup.evaluate<string>(`${q('[data-testid="leak"] h3')}.textContent`)).toBe(
      demoLeak.title,
    );
    const documents = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="matched-documents"] li')].map((li) => li.textContent)`,
    );
    expect(documents).toContain('Northwind treasury memo');
    expect(
      await popup.evaluate<string>(`${q('[data-testid="matched-words"]')}.textContent`),
    ).toMatch(/words matched/);
  });

  it('Show scrolls the page to the passage and flashes it', async () => {
    const { page, popup } = await republish();
    // Push the text below the fold, so only a scroll can bring the passage into view.
    await page.evaluate(`(document.body.style.paddingTop = '4000px', scrollTo(0, 0), true)`);
    await popup.click('[data-testid="show-passage"]');
    const shown = await page.waitFor<{ top: number; height: number; scrolled: number }>(
      `(() => {
        const flash = CSS.highlights.get('leaklens-flash');
        const range = flash && [...flash][0];
        if (!range) return null;
        const rect = range.getBoundingClientRect();
        return { top: rect.top, height: innerHeight, scrolled: scrollY };
      })()`,
    );
    expect(shown.scrolled).toBeGreaterThan(3000);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.top).toBeLessThan(shown.height);
    await page.evaluate(`(document.body.style.paddingTop = '', true)`);
  });

  it('renders every statement of the bundle with a working https link to its source', async () => {
    const { popup } = await republish();
    const statements = await popup.evaluate<
      { party: string; links: string[]; rel: string[]; target: string[] }[]
    >(
      `[...document.querySelectorAll('[data-testid="statement"]')].map((s) => ({
        party: s.dataset.party,
        links: [...s.querySelectorAll('a')].map((a) => a.href),
        rel: [...s.querySelectorAll('a')].map((a) => a.rel),
        target: [...s.querySelectorAll('a')].map((a) => a.target),
      }))`,
    );
    expect(statements.map((s) => s.party)).toEqual(
      expect.arrayContaining(demoLeak.statements.map((s) => s.party)),
    );
    expect(statements).toHaveLength(demoLeak.statements.length);
    const expected = demoLeak.statements.flatMap((s) => [s.url, ...(s.also ?? [])]);
    expect(statements.flatMap((s) => s.links).sort()).toEqual(
      expected.map((u) => new URL(u).href).sort(),
    );
    for (const s of statements) {
      expect(s.links.length).toBeGreaterThan(0);
      for (const link of s.links) expect(new URL(link).protocol).toBe('https:');
      expect(new Set(s.rel)).toEqual(new Set(['noopener noreferrer']));
      expect(new Set(s.target)).toEqual(new Set(['_blank']));
    }
  });

  it('is usable by keyboard alone: Tab reaches Show, focus is visible, Enter shows the passage', async () => {
    const { page, tabId } = await openPage('/demo/republish.html', 'keyboard');
    await (
      await ext()
    ).waitFor(
      `${API}.action.getBadgeText({ tabId: ${tabId} })
      .then((t) => /^\\d+$/.test(t))`,
      20_000,
    );
    const popup = await openPopup(await session(), tabId);
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'show-passage'; i++) {
      await popup.press('Tab');
      focused = await popup.evaluate<string>(`document.activeElement?.dataset?.testid ?? ''`);
    }
    expect(focused).toBe('show-passage');
    expect(
      await popup.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`),
    ).not.toBe('none');
    await page.evaluate(`(scrollTo(0, document.body.scrollHeight), true)`);
    await popup.press('Enter');
    expect(await page.waitFor<number>(`CSS.highlights.get('leaklens-flash')?.size`)).toBe(1);
    await popup.close();
    await page.close();
  });

  it('has no axe violations, in the light and the dark theme', async () => {
    const { popup } = await republish();
    await popup.evaluate(
      `(document.querySelectorAll('details').forEach((d) => (d.open = true)), true)`,
    );
    await popup.click('[data-testid="report"]');
    await popup.waitFor(`!${q('[data-testid="report-panel"]')}.hidden`);
    expect(await axeBothThemes(popup)).toEqual({ light: [], dark: [] });
  });

  it('hides the marks on the site and shows them again', async () => {
    const { page, popup } = await republish();
    const marks = `CSS.highlights.get('leaklens-republishes')?.size ?? 0`;
    expect(await page.evaluate<number>(marks)).toBeGreaterThan(0);
    await popup.click('[data-testid="hide-marks"]');
    await page.waitFor(`(${marks}) === 0`);
    await popup.waitFor(`${q('[data-testid="hide-marks"]')}.dataset.hidden === 'true'`);
    await popup.click('[data-testid="hide-marks"]');
    await page.waitFor(`(${marks}) > 0`);
    expect(
      await (
        await ext()
      ).evaluate<string[]>(
        `${API}.storage.sync.get('settings').then((s) => s.settings.hiddenSites)`,
      ),
    ).toEqual([]);
  });

  it('shows Known leaks with their context, without axe violations', async () => {
    const { tabId } = await republish();
    const popup = await openPopup(await session(), tabId);
    await popup.click('[data-testid="view-known"]');
    await popup.waitFor(q('[data-testid="known-leaks"]'));
    expect(await popup.evaluate<number>(count('[data-testid="known-leak"]'))).toBe(1);
    await popup.evaluate(
      `(document.querySelectorAll('details').forEach((d) => (d.open = true)), true)`,
    );
    expect(await popup.evaluate<number>(count('[data-testid="statement"]'))).toBe(
      demoLeak.statements.length,
    );
    expect(await axeBothThemes(popup)).toEqual({ light: [], dark: [] });
    // axe is live: a flaw added on purpose is reported.
    await popup.evaluate(
      `(document.querySelector('main').append(document.createElement('img')), true)`,
    );
    expect((await axeViolations(popup)).map((v) => v.id)).toContain('image-alt');
    await popup.close();
  });

  it('says a clean page is clean, naming the bundle, version and date', async () => {
    const { page, tabId } = await openPage('/demo/clean.html', 'clean');
    const popup = await openPopup(await session(), tabId);
    const finding = await popup.evaluate<{ verdict: string; passages: string }>(
      `({ ...${q('[data-testid="finding"]')}.dataset })`,
    );
    expect(finding).toMatchObject({ verdict: 'none', passages: '0' });
    expect(await popup.evaluate<string>(`${q('[data-testid="clean"]')}.textContent`)).toMatch(
      /found no text, link or mention/,
    );
    expect(await popup.evaluate<string>(`${q('[data-testid="bundle-used"]')}.textContent`)).toMatch(
      /^Rules bundle: leaklens-demo, version 1, \w+ \d{1,2}, \d{4}$/,
    );
    expect(await axeBothThemes(popup)).toEqual({ light: [], dark: [] });
    await popup.close();
    await page.close();
  });

  it('pauses on a site at once, says so on its pages, and resumes without a reload', async () => {
    const marks = (kind: string) => `(CSS.highlights.get('leaklens-${kind}')?.size ?? 0)`;
    const badge = (tabId: number) => `${API}.action.getBadgeText({ tabId: ${tabId} })`;
    const first = await openPage('/demo/quote.html', 'pause');
    await first.page.waitFor(`${marks('quotes')} > 0`);
    await (await ext()).waitFor(`${badge(first.tabId)}.then((t) => t !== '')`);
    const popup = await openPopup(await session(), first.tabId);
    await popup.click('[data-testid="pause-site"]');
    await popup.waitFor(q('[data-testid="resume-site"]'));
    const paused = await (
      await ext()
    ).evaluate<string[]>(`${API}.storage.sync.get('settings').then((s) => s.settings.pausedSites)`);
    expect(paused).toEqual(['127.0.0.1']);
    // The open page drops its marks at once, and its badge clears.
    await first.page.waitFor(`${marks('quotes')} === 0`);
    await (await ext()).waitFor(`${badge(first.tabId)}.then((t) => t === '')`);

    // A page opened on the paused site is not scanned, and its popup says so.
    const second = await openPage('/demo/republish.html', 'while-paused');
    const popup2 = await openPopup(await session(), second.tabId);
    expect(await popup2.evaluate<string>(`${q('[data-testid="paused"]')}.textContent`)).toMatch(
      /paused on 127\.0\.0\.1/,
    );
    expect(await second.page.evaluate<number>(marks('republishes'))).toBe(0);
    expect(await axeBothThemes(popup2)).toEqual({ light: [], dark: [] });

    await popup2.click('[data-testid="resume-site"]');
    // The popup saves after the click: wait for the write, then judge what was saved.
    const resumed = await (
      await ext()
    ).waitFor<string[]>(
      `${API}.storage.sync.get('settings').then((s) => s.settings.pausedSites.length === 0 && s.settings.pausedSites)`,
    );
    expect(resumed).toEqual([]);
    // Both pages are scanned again without a reload: marks, badge and the popup's finding.
    await second.page.waitFor(`${marks('republishes')} > 0`, 15_000);
    await first.page.waitFor(`${marks('quotes')} > 0`, 15_000);
    await (await ext()).waitFor(`${badge(second.tabId)}.then((t) => t !== '')`);
    await popup2.waitFor(q('[data-testid="finding"]'));
    for (const tab of [popup, popup2, first.page, second.page]) await tab.close();
  });

  it('raises no errors from the extension', async () => {
    expect(extensionErrors(await session())).toEqual([]);
  });
});
