// Verdicts on our own fixture pages: the 2024 pages with the built-in bundle (expected verdict =
// folder name) and the demo pages with the demo bundle; scanned in-process, as the CLI does.
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../cli/bundle-source';
import { indexBundle, scanInput } from '../../cli/scan-page';
import { UsageError } from '../../cli/usage-error';
import { compileRules } from '../../compiler/compile-rules';

const PAGES_2024 = 'tests/fixtures/pages-2024';
const LEAK_2024 = 'us-2024-trump-campaign';

describe('2024 fixture pages with the built-in bundle', () => {
  const index = indexBundle(loadBundle());
  const cases = ['discusses', 'links', 'none'].flatMap((verdict) =>
    readdirSync(join(PAGES_2024, verdict)).map((name) => ({
      verdict,
      file: join(PAGES_2024, verdict, name),
    })),
  );

  it.each(cases)('$file scans $verdict', async ({ verdict, file }) => {
    const report = await scanInput(index, file);
    expect(report.verdict).toBe(verdict);
    if (verdict !== 'none') expect(report.leaks.map((l) => l.id)).toEqual([LEAK_2024]);
  });

  it('reports the dossier link as a passage of the Vance dossier', async () => {
    const report = await scanInput(index, join(PAGES_2024, 'links/dossier-link.html'));
    expect(report.leaks[0]?.documents).toEqual(['vance-dossier']);
    expect(report.leaks[0]?.passages.some((p) => p.kind === 'link')).toBe(true);
  });
});

describe('demo pages with the demo bundle', () => {
  const index = indexBundle(
    compileRules({ rulesDir: 'demo/rules', docsDir: 'demo/docs', env: {} }).bundle,
  );
  const expected: Record<string, string> = {
    'republish.html': 'republishes',
    'quote.html': 'quotes',
    'links.html': 'links',
    'discusses.html': 'discusses',
    'clean.html': 'none',
    // Static HTML only: the quoting paragraph arrives from a script (end-to-end tests cover it).
    'late-quote.html': 'none',
  };

  it.each(Object.entries(expected))('%s scans %s', async (name, verdict) => {
    const report = await scanInput(index, join('demo/pages', name));
    expect(report.verdict).toBe(verdict);
  });

  it('finds the republished document and its passages', async () => {
    const report = await scanInput(index, 'demo/pages/republish.html');
    expect(report.leaks[0]?.documents).toContain('treasury-memo');
    expect(
      report.leaks[0]?.passages.filter((p) => p.kind === 'fingerprint').length,
    ).toBeGreaterThan(1);
  });

  it('scans the source text itself as a republication', async () => {
    expect((await scanInput(index, 'demo/docs/harbour-strategy.txt')).verdict).toBe('republishes');
  });
});

describe('URL inputs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        // A relative link: resolved against the page's URL, so it cannot match the known copy.
        res.end(
          '<p>Read <a href="/p/read-the-jd-vance-dossier">it here</a> or <a href="https://www.kenklippenstein.com/p/read-the-jd-vance-dossier">there</a>.</p>',
        );
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches and scans an http URL', async () => {
    const report = await scanInput(indexBundle(loadBundle()), `${base}/page.html`);
    expect(report.verdict).toBe('links');
    expect(report.leaks[0]?.passages).toHaveLength(1);
  });

  it('turns an HTTP error into a one-line UsageError', async () => {
    await expect(scanInput(indexBundle(loadBundle()), `${base}/missing`)).rejects.toThrow(
      UsageError,
    );
    await expect(scanInput(indexBundle(loadBundle()), `${base}/missing`)).rejects.toThrow(
      /HTTP 404/,
    );
  });
});
