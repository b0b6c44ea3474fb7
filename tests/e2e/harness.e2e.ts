// Checks the harness itself in both browsers with a tiny probe extension, so a harness bug is not
// mistaken for an extension bug (and vice versa).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BROWSERS, REPO_ROOT } from './harness';
import { STRICT_CSP } from './harness/global-setup';
import { extensionErrors, url, useSession } from './support';

const PROBE = join(REPO_ROOT, 'tests/e2e/probe-extension');

describe.each(BROWSERS)('harness in %s', (browser) => {
  const session = useSession(browser, () => PROBE);

  it('evaluates expressions in the page world, awaiting promises', async () => {
    const s = await session();
    const tab = await s.open(url('/fixtures/harness.html'));
    expect(await tab.evaluate<string>('document.title')).toBe('Harness fixture');
    expect(await tab.evaluate<number>('Promise.resolve(41 + 1)')).toBe(42);
    expect(await tab.evaluate<unknown>('undefined')).toBeUndefined();
    expect(await tab.evaluate<string[]>('window.events')).toEqual([]);
    await expect(tab.evaluate('nope.nope')).rejects.toThrow(/nope/);
    await tab.close();
  });

  it('waitFor reports the expression and the last value on timeout', async () => {
    const s = await session();
    const tab = await s.open(url('/fixtures/harness.html'));
    await expect(tab.waitFor('document.title.length > 1000 && 1', 500)).rejects.toThrow(
      /timed out after 500 ms: document\.title[\s\S]*last: value false/,
    );
    await tab.close();
  });

  it('sees the content script, the background and extension pages', async () => {
    const s = await session();
    // A query of its own: earlier tests' (closed) tabs are stored under the plain URL.
    const tab = await s.open(url(`/fixtures/harness.html?probe=${Date.now()}`));
    expect(await tab.waitFor<number>("CSS.highlights.get('probe')?.size")).toBe(1);
    const ext = await s.openExtensionPage('manifest.json');
    const stored = await ext.waitFor<Record<string, { url: string }>>(
      `(globalThis.browser ?? chrome).storage.session.get().then(s => Object.keys(s).length && s)`,
    );
    const [key] = Object.entries(stored).find(([, v]) => v.url === tab.url) ?? [];
    expect(key).toMatch(/^tab:\d+$/);
    const tabId = Number(key?.slice(4));
    const badge = await ext.evaluate<string>(
      `(globalThis.browser ?? chrome).action.getBadgeText({ tabId: ${tabId} })`,
    );
    expect(Number(badge)).toBeGreaterThan(3);
    await ext.close();
    await tab.close();
  });

  it('presses keys and clicks like a user', async () => {
    const s = await session();
    const tab = await s.open(url('/fixtures/harness.html'));
    await tab.click('#field');
    await tab.press('a');
    await tab.press('Shift+Tab');
    await tab.click('#button');
    expect(await tab.evaluate<string[]>('window.events')).toEqual([
      'key:a',
      'key:Shift',
      'key:Tab',
      'click',
    ]);
    await tab.close();
  });

  it('refuses every network except 127.0.0.1', async () => {
    const s = await session();
    const tab = await s.open(url('/fixtures/harness.html'));
    const outside = await tab.evaluate<string>(
      `fetch('http://example.com/', { mode: 'no-cors' }).then(() => 'reached', () => 'refused')`,
    );
    const literal = await tab.evaluate<string>(
      `fetch('http://1.1.1.1/', { mode: 'no-cors' }).then(() => 'reached', () => 'refused')`,
    );
    const local = await tab.evaluate<number>(`fetch(location.href).then(r => r.status)`);
    expect({ outside, literal, local }).toEqual({
      outside: 'refused',
      literal: 'refused',
      local: 200,
    });
    await tab.close();
  });

  it('records page errors with their source', async () => {
    const s = await session();
    const tab = await s.open(url('/fixtures/harness.html?page-throw&probe-throw'));
    await tab.evaluate('new Promise(r => setTimeout(r, 300))');
    const pageError = s.pageErrors().find((e) => /fixture page error/.test(e.text));
    expect(pageError?.sourceUrl).toContain('/fixtures/harness.html');
    // The content script's error is told apart from the page's by its extension source URL.
    expect(extensionErrors(s)).toEqual([
      expect.stringMatching(/^uncaught: .*probe content script error/),
    ]);
    await tab.close();
  });

  it('serves each mount with its content type and headers', async () => {
    const s = await session();
    const tab = await s.open(url('/fixtures/harness.html'));
    const head = (path: string): Promise<string[]> =>
      tab.evaluate<string[]>(
        `fetch(${JSON.stringify(path)}).then((r) => [String(r.status), r.headers.get('content-type'),
          r.headers.get('content-security-policy') ?? ''])`,
      );
    expect(await head('/fixtures/harness.html')).toEqual(['200', 'text/html; charset=utf-8', '']);
    expect(
      await head('/real/001.html'),
      'corpus beside the repo: ../shared/corpus/real-pages',
    ).toEqual(['200', 'text/html; charset=utf-8', '']);
    expect(await head('/strict/fixtures/clean.html')).toEqual([
      '200',
      'text/html; charset=utf-8',
      STRICT_CSP,
    ]);
    // An encoded slash survives the browser's URL clean-up and reaches the server's guard.
    expect((await head('/fixtures/..%2f..%2fpackage.json'))[0]).toBe('404');
    expect((await head('/nowhere/x.html'))[0]).toBe('404');
    await tab.close();
  });

  it('saves screenshots', async () => {
    const s = await session();
    const tab = await s.open(url('/fixtures/harness.html'));
    const file = join(inject('runDir'), `${browser}-harness.png`);
    await tab.screenshot(file);
    expect(existsSync(file) && statSync(file).size).toBeGreaterThan(1000);
    await tab.close();
  });
});
