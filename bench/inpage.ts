// In-page benchmark (issue: live scanning): in Chromium with the built extension, over the 130
// real pages, the main-thread time the content script takes per page (its measured slices), its
// longest slice, and its total scan time against extraction alone; then a 5 MB synthetic page:
// longest slice and time to the first highlight. Run with `npm run bench` (after `npm run build`
// and the demo build, which `npm test` makes).
import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionDir, launchBrowser, REPO_ROOT } from '../tests/e2e/harness';
import type { BrowserSession, Tab } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/harness/server';
import type { FrameTiming } from '../extension/tab-state';

const API = '(globalThis.browser ?? globalThis.chrome)';
const CORPUS = resolve(REPO_ROOT, '../shared/corpus/real-pages');

export interface InpageResults {
  pages: number;
  busyMs: { median: number; p95: number };
  longestSliceMs: { median: number; max: number };
  scanOverExtract: { median: number };
  synthetic: {
    megabytes: number;
    longestSliceMs: number;
    firstHighlightMs: number;
    busyMs: number;
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function timingOf(ext: Tab, pageUrl: string): Promise<FrameTiming> {
  return ext.waitFor<FrameTiming>(
    `${API}.storage.session.get().then((all) => {
      const s = Object.values(all).find((v) => v && v.url === ${JSON.stringify(pageUrl)});
      return s?.frames.find((f) => f.frameId === 0)?.timing ?? null;
    })`,
    60_000,
  );
}

async function realPages(session: BrowserSession, ext: Tab, base: string): Promise<FrameTiming[]> {
  const timings: FrameTiming[] = [];
  for (const page of readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const tab = await session.open(`${base}/real-quiet/${page}`);
    timings.push(await timingOf(ext, tab.url));
    await tab.close();
  }
  return timings;
}

/** 5 MB of ordinary paragraphs with one quote of a demo document near the end. */
function syntheticPage(dir: string): { file: string; megabytes: number } {
  const filler = readFileSync(join(CORPUS, 'wikipedia.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 4000);
  const quote =
    readFileSync(join(REPO_ROOT, 'demo/docs/treasury-memo.txt'), 'utf8').split('\n\n')[3] ?? '';
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 5_000_000) {
    paragraphs.push(`<p>${filler}</p>`);
    size += filler.length + 7;
  }
  paragraphs.splice(paragraphs.length - 3, 0, `<p>${quote}</p>`);
  const html = `<!doctype html><meta charset="utf-8"><title>5 MB</title><body>${paragraphs.join('\n')}</body>`;
  writeFileSync(join(dir, 'big.html'), html);
  return { file: 'big.html', megabytes: html.length / 1e6 };
}

async function synthetic(base: string, dir: string): Promise<InpageResults['synthetic']> {
  const { megabytes } = syntheticPage(dir);
  const session = await launchBrowser('chromium', extensionDir('chromium', 'demo'));
  try {
    const ext = await session.openExtensionPage('popup.html');
    const tab = await session.open(`${base}/synthetic/big.html`);
    const firstHighlightMs = await tab.waitFor<number>(
      `[...CSS.highlights.keys()].some((k) => k.startsWith('leaklens-')) && performance.now()`,
      120_000,
    );
    const timing = await timingOf(ext, tab.url);
    return {
      megabytes,
      longestSliceMs: timing.longestSliceMs,
      firstHighlightMs,
      busyMs: timing.totalMs,
    };
  } finally {
    await session.close();
  }
}

export async function runInpageBench(): Promise<InpageResults> {
  const dir = mkdtempSync(join(tmpdir(), 'leaklens-bench-'));
  const server = await startServer([
    {
      prefix: '/real-quiet/',
      dir: CORPUS,
      headers: { 'content-security-policy': "script-src 'none'" },
    },
    { prefix: '/synthetic/', dir },
  ]);
  try {
    const session = await launchBrowser('chromium', extensionDir('chromium', 'default'));
    let timings: FrameTiming[];
    try {
      timings = await realPages(
        session,
        await session.openExtensionPage('popup.html'),
        server.baseUrl,
      );
    } finally {
      await session.close();
    }
    const busy = timings.map((t) => t.totalMs);
    const longest = timings.map((t) => t.longestSliceMs);
    const ratio = timings.filter((t) => t.extractMs > 0).map((t) => t.totalMs / t.extractMs);
    return {
      pages: timings.length,
      busyMs: { median: quantile(busy, 0.5), p95: quantile(busy, 0.95) },
      longestSliceMs: { median: quantile(longest, 0.5), max: Math.max(...longest) },
      scanOverExtract: { median: quantile(ratio, 0.5) },
      synthetic: await synthetic(server.baseUrl, dir),
    };
  } finally {
    await server.close();
  }
}

export function inpageMarkdown(r: InpageResults): string {
  const f = (n: number) => n.toFixed(1);
  return [
    `### In the page (Chromium, ${r.pages} real pages, built-in bundle)`,
    '',
    '| measure | result | goal |',
    '| --- | --- | --- |',
    `| main-thread time added per page, median | ${f(r.busyMs.median)} ms | < 5 ms |`,
    `| main-thread time added per page, 95th percentile | ${f(r.busyMs.p95)} ms | |`,
    `| longest task (slice) caused, median / max | ${f(r.longestSliceMs.median)} / ${f(r.longestSliceMs.max)} ms | ≤ 50 ms |`,
    `| total scan time ÷ extraction alone, median | ${r.scanOverExtract.median.toFixed(2)}× | ≤ 1.5× |`,
    `| ${f(r.synthetic.megabytes)} MB synthetic page (demo bundle): longest slice | ${f(r.synthetic.longestSliceMs)} ms | ≤ 50 ms |`,
    `| same page: time to first highlight (from navigation start) | ${f(r.synthetic.firstHighlightMs)} ms | |`,
    `| same page: main-thread time of the whole scan | ${f(r.synthetic.busyMs)} ms | |`,
    '',
  ].join('\n');
}
