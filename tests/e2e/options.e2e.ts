// The options page end to end, in Chromium and Firefox: sensitivity persists in sync storage and
// across a reload, sites can be added and removed, the bundle is shown, the language switches the
// page to Spanish, and axe-core finds no violation in the light and the dark theme.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionDir } from './harness';
import type { Tab } from './harness';
import { extensionErrors, useSession } from './support';
import { axeBothThemes } from './axe';

const API = '(globalThis.browser ?? globalThis.chrome)';
const q = (selector: string): string => `document.querySelector(${JSON.stringify(selector)})`;
const SETTINGS = `${API}.storage.sync.get('settings').then((s) => s.settings ?? null)`;

async function type(tab: Tab, text: string): Promise<void> {
  for (const key of text) await tab.press(key);
}

describe.each(BROWSERS)('options page in %s', (browser) => {
  const session = useSession(browser, () => extensionDir(browser, 'demo'));

  async function openOptions(): Promise<Tab> {
    const tab = await (await session()).openExtensionPage('options.html');
    await tab.waitFor(q('[data-testid="sensitivity"]'));
    return tab;
  }

  it('changes the sensitivity, saves it to sync storage, and shows it after a reload', async () => {
    const page = await openOptions();
    expect(await page.evaluate<boolean>(`${q('[data-testid="sensitivity-normal"]')}.checked`)).toBe(
      true,
    );
    await page.click('[data-testid="sensitivity-high"]');
    await page.waitFor(`${q('[data-testid="save-status"]')}.textContent === 'Saved.'`);
    expect(await page.evaluate<{ sensitivity: string }>(SETTINGS)).toMatchObject({
      sensitivity: 'high',
    });
    expect(await page.evaluate<unknown>(`${API}.storage.sync.get('settings$')`)).toEqual({
      settings$: { v: 2 },
    });
    await page.close();
    const again = await openOptions();
    expect(await again.evaluate<boolean>(`${q('[data-testid="sensitivity-high"]')}.checked`)).toBe(
      true,
    );
    await again.click('[data-testid="sensitivity-normal"]');
    await again.waitFor(`${q('[data-testid="sensitivity-normal"]')}.checked`);
    await again.close();
  });

  it('adds a paused site by keyboard, refuses a non-site, and removes it', async () => {
    const page = await openOptions();
    await page.click('[data-testid="paused-sites-input"]');
    await type(page, 'not a site');
    await page.press('Enter');
    await page.waitFor(
      `${q('[data-testid="paused-sites-error"]')}.textContent.includes('not a site')`,
    );
    await page.evaluate(`(${q('[data-testid="paused-sites-input"]')}.select(), true)`);
    await type(page, 'https://News.Example/x');
    await page.press('Enter');
    await page.waitFor(
      `${q('[data-testid="paused-sites"] li')}?.textContent.includes('news.example')`,
    );
    expect(await page.evaluate<{ pausedSites: string[] }>(SETTINGS)).toMatchObject({
      pausedSites: ['news.example'],
    });
    await page.click('[data-testid="paused-sites-remove"]');
    await page.waitFor(`!${q('[data-testid="paused-sites"] li')}`);
    expect(await page.evaluate<{ pausedSites: string[] }>(SETTINGS)).toMatchObject({
      pausedSites: [],
    });
    await page.close();
  });

  it('shows the active bundle as built-in and not signed', async () => {
    const page = await openOptions();
    const cell = (id: string) => page.evaluate<string>(`${q(`[data-testid="${id}"]`)}.textContent`);
    expect(await cell('bundle-id')).toBe('leaklens-demo');
    expect(await cell('bundle-version')).toBe('1');
    expect(await cell('bundle-source')).toBe('built-in');
    expect(await cell('bundle-signature')).toBe('built-in, not signed');
    await page.close();
  });

  it('switches to Spanish and back, dates included', async () => {
    const page = await openOptions();
    const choose = (value: string) =>
      page.evaluate(`(() => { const s = ${q('[data-testid="language"]')};
        s.value = '${value}'; s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`);
    await choose('es');
    await page.waitFor(`${q('h1')}.textContent === 'Ajustes de LeakLens'`);
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('es');
    expect(await page.evaluate<string>(`${q('[data-testid="bundle-date"]')}.textContent`)).toMatch(
      / de \d{4}$/,
    );
    expect(await page.evaluate<{ language: string }>(SETTINGS)).toMatchObject({ language: 'es' });
    const popup = await (await session()).openExtensionPage('popup.html');
    await popup.waitFor(
      `${q('[data-testid="view-known"]')}?.textContent === 'Filtraciones conocidas'`,
    );
    await popup.close();
    await choose('auto');
    await page.waitFor(`${q('h1')}.textContent === 'LeakLens settings'`);
    await page.close();
  });

  it('has no axe violations, in the light and the dark theme', async () => {
    const page = await openOptions();
    expect(await axeBothThemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });

  it('raises no errors from the extension', async () => {
    expect(extensionErrors(await session())).toEqual([]);
  });
});
