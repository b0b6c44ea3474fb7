// The options page end to end, in Chromium and Firefox: sensitivity persists in sync storage and
// across a reload, sites can be added and removed, the bundle is shown, the language switches the
// page to Spanish, and axe-core finds no violation in the light and the dark theme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, REPO_ROOT, extensionDir } from './harness';
import type { Tab } from './harness';
import { extensionErrors, useSession } from './support';

const API = '(globalThis.browser ?? globalThis.chrome)';
const q = (selector: string): string => `document.querySelector(${JSON.stringify(selector)})`;
const SETTINGS = `${API}.storage.sync.get('settings').then((s) => s.settings ?? null)`;

const AXE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

// The axe helpers repeat popup.e2e.ts's (a test file cannot import another one).
/** Applies the stylesheet's dark-theme rules unconditionally, as a dark system theme would. */
const FORCE_DARK = `(() => {
  for (const sheet of document.styleSheets) {
    const dark = [...sheet.cssRules].filter(
      (r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-color-scheme: dark'));
    for (const media of dark)
      for (const rule of media.cssRules) sheet.insertRule(rule.cssText, sheet.cssRules.length);
  }
  document.documentElement.style.colorScheme = 'dark';
  return getComputedStyle(document.documentElement).backgroundColor;
})()`;

interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (injected as source) and returns its violations. */
async function axeViolations(tab: Tab): Promise<AxeViolation[]> {
  if (!(await tab.evaluate<boolean>('typeof axe === "object"'))) {
    await tab.evaluate(`(() => { ${AXE}\n; return true; })()`);
  }
  return tab.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ['violations'] }).then(
    (r) => r.violations.map((v) => ({ id: v.id, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')) })))`);
}

/** axe in the light theme, then again with the dark theme forced. */
async function axeBothThemes(tab: Tab): Promise<Record<string, AxeViolation[]>> {
  const light = await axeViolations(tab);
  const background = await tab.evaluate<string>(FORCE_DARK);
  expect(background).toBe('rgb(28, 29, 33)');
  return { light, dark: await axeViolations(tab) };
}

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
