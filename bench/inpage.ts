// In-page benchmark (issue: live scanning): in Chromium with the built extension, over the 130
// real pages, the main-thread time the extension adds per page and the longest task it causes;
// then a 5 MB synthetic page: longest slice and time to the first highlight. Run with
// `npm run bench` (after `npm run build` and the demo build, which `npm test` makes), or point
// LEAKLENS_BENCH_OUT at another output folder holding chrome-mv3/ and demo/chrome-mv3/.
//
// Three passes over the pages, because every instrument slows what it measures:
// 1. slices: no instrument but the content script's own clock (FrameTiming: its scan slices);
// 2. trace: Chromium's trace only (cheap) for content.js's compile + evaluation and the tasks the
//    extension entered by name;
// 3. profile: trace plus V8's sampling profiler, for everything the content script does on the
//    main thread (evaluation, settings and bundle loading, index building, slices, marks). The
//    profiler slows JS; the pass also records the slices, so the overhead is stated beside it.
import { existsSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionDir, launchBrowser, REPO_ROOT } from '../tests/e2e/harness';
import type { BrowserSession, BuildName, Tab } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/harness/server';
import { tabStateExpression } from '../tests/e2e/observe';
import type { FrameTiming } from '../extension/tab-state';
import type { CaptureOptions, ReportReader } from './cdp-capture';
import { CdpBrowser } from './cdp-capture';
import { selfTimeByFunction } from './cdp-profile';
import { floorBuild, FLOOR_SCRIPT } from './floor';
import type { MainThreadCost } from './main-thread';
import { mainThreadCost } from './main-thread';

const API = '(globalThis.browser ?? globalThis.chrome)';
export const CORPUS = resolve(REPO_ROOT, '../shared/corpus/real-pages');

/**
 * 100 µs asks for ~10 samples per millisecond, enough to see sub-millisecond callbacks; on this
 * machine the sampler manages fewer, and each sample is weighed by its real gap (cdp-profile.ts).
 * 500 ms after the report lets the marks and the watcher's first quiet period run too.
 */
const PROFILED: CaptureOptions = {
  profile: true,
  samplingIntervalUs: 100,
  settleMs: 500,
  quietMs: 1000,
};
export const TRACED: CaptureOptions = { ...PROFILED, profile: false };

interface Spread {
  median: number;
  p95: number;
}

interface Extremes {
  median: number;
  p95: number;
  max: number;
}

export interface InpageResults {
  pages: number;
  /** Pass 1: the scan slices alone, on the content script's clock, nothing else instrumented. */
  busyMs: Spread;
  longestSliceMs: Extremes;
  scanOverExtract: { median: number };
  /** Pages of the traced pass whose report reads came after all of our work (left out). */
  readsApartPages: number;
  /** Pass 3 (profiled): the whole content script. */
  wholeMs: Spread;
  outsideSlicesMs: Spread;
  profiledSlicesMs: Spread;
  profiledEvaluateMs: Extremes;
  longestTaskProfiledMs: Extremes;
  /** Extension self time summed over the pages, by function, longest first (console only). */
  topSelf: { fn: string; ms: number }[];
  /** Pass 2 (trace only). */
  evaluateMs: Extremes;
  /** Our evaluations and every entry into JS after them, from the trace (no profiler). */
  tracedWholeMs: Spread;
  /** Chromium creating the extension's world in the page's frames, before any code of ours. */
  worldMs: Spread;
  /** Pages where the lookout handed a frame to the scanner. */
  scannerPages: number;
  /** Pages where a scanner had marks to show and loaded the marks' UI. */
  marksUiPages: number;
  /** Pages whose longest task running extension code took over 50 ms. */
  pagesOverBudget: number;
  compileMs: Extremes;
  longestTaskMs: Extremes;
  /** The pages the two maxima came from, to look at again. */
  worstPages: { task: string; slice: string };
  /** With LEAKLENS_BENCH_BASELINE: this build and the baseline, page by page in one run. */
  sideBySide?: SideBySide;
  /** This build and the floor (bench/floor.ts), page by page in one run. */
  floor: SideBySide;
  synthetic: {
    megabytes: number;
    longestSliceMs: number;
    firstHighlightMs: number;
    busyMs: number;
  };
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function spread(values: number[]): Spread {
  return { median: quantile(values, 0.5), p95: quantile(values, 0.95) };
}

function extremes(values: number[]): Extremes {
  return { median: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) };
}

/** The page (in pageNames() order, as every pass loads them) where `values` is largest. */
function pageOfMax(values: readonly number[]): string {
  const i = values.indexOf(Math.max(...values));
  return pageNames()[i] ?? '?';
}

/** The unpacked Chromium build: LEAKLENS_BENCH_OUT's (a wxt outDir) if set, else the repo's. */
function builtExtension(build: BuildName): string {
  const root = process.env.LEAKLENS_BENCH_OUT;
  if (!root) return extensionDir('chromium', build);
  const dir = join(resolve(root), build === 'demo' ? 'demo' : '', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`LEAKLENS_BENCH_OUT: no built extension at ${dir}`);
  }
  return dir;
}

/** How many real pages the benchmark loads. */
export const pageCount = (): number => pageNames().length;

/**
 * The corpus's pages in name order; LEAKLENS_BENCH_EVERY=N keeps every Nth, for a quick look
 * while working (recorded results use them all).
 */
function pageNames(): string[] {
  return realPageNames(Number(process.env.LEAKLENS_BENCH_EVERY ?? 1));
}

/** Every Nth of the corpus's pages, in name order. */
export function realPageNames(every: number): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .filter((_, i) => i % every === 0);
}

/**
 * The top frame's timing, as the popup gets it. Where the lookout found nothing it sent no report:
 * the background reads the one it kept by running a one-line function in each frame of the page,
 * so the reads here are spaced half a second apart to leave the measured page alone.
 */
async function timingOf(ext: Pick<Tab, 'waitFor'>, pageUrl: string): Promise<FrameTiming> {
  return ext.waitFor<FrameTiming>(
    `new Promise((wait) => setTimeout(wait, 400)).then(() => ${API}.tabs.query({})).then((tabs) => {
      const tab = tabs.find((t) => t.url === ${JSON.stringify(pageUrl)});
      return tab ? ${tabStateExpression('tab.id')} : null;
    }).then((s) => s?.frames.find((f) => f.frameId === 0)?.timing ?? null)`,
    60_000,
  );
}

/** The extension's report on a page, and extraction alone on the same page just after. */
interface PageRun {
  timing: FrameTiming;
  extractAloneMs: number;
}

/** bench/extract-probe.ts bundled as one script that defines `leaklensExtractProbe`. */
async function extractionProbe(): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: {
        entry: resolve(REPO_ROOT, 'bench/extract-probe.ts'),
        formats: ['iife'],
        name: 'leaklensExtractProbe',
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { code?: string }[] };
  const code = output.output[0]?.code;
  if (!code) throw new Error('bench/extract-probe.ts did not bundle');
  return code;
}

async function realPages(session: BrowserSession, ext: Tab, base: string): Promise<PageRun[]> {
  const probe = await extractionProbe();
  const runs: PageRun[] = [];
  for (const page of pageNames()) {
    const tab = await session.open(`${base}/real-quiet/${page}`);
    const timing = await timingOf(ext, tab.url);
    const extractAloneMs = await tab.evaluate<number>(
      `(() => {\n${probe}\nreturn leaklensExtractProbe.measure();\n})()`,
    );
    runs.push({ timing, extractAloneMs });
    await tab.close();
  }
  return runs;
}

interface CdpPass {
  timings: FrameTiming[];
  costs: MainThreadCost[];
  selfUs: Map<string, number>;
}

/** One pass over the real pages, each page in a fresh tab with its own CDP session. */
async function cdpPages(base: string, options: CaptureOptions): Promise<CdpPass> {
  const pass: CdpPass = { timings: [], costs: [], selfUs: new Map() };
  const browser = await CdpBrowser.launch(builtExtension('default'));
  try {
    for (const page of pageNames()) {
      const url = `${base}/real-quiet/${page}`;
      const { report, profile, events } = await browser.capture(url, options, timingOf);
      // The real pages are served with script-src 'none': no JS of their own runs.
      const cost = mainThreadCost(events, profile, { pageRunsScripts: false });
      pass.timings.push(report);
      // Only the summary is kept: a page's samples and events are dropped with the page.
      pass.costs.push({ ...cost, samples: [] });
      if (!profile) continue;
      for (const [fn, us] of selfTimeByFunction(profile, cost.samples)) {
        pass.selfUs.set(fn, (pass.selfUs.get(fn) ?? 0) + us);
      }
    }
  } finally {
    await browser.close();
  }
  return pass;
}

/** Medians over the pages of the traced whole and its parts, for one build. */
interface BuildCost {
  wholeMs: number;
  evaluateMs: number;
  worldMs: number;
}

export interface SideBySide {
  baseline: string;
  current: BuildCost;
  base: BuildCost;
  /** Median over the pages of this build's traced whole ÷ the baseline's on the same page. */
  wholeRatio: number;
  /** The same for world creation, which neither build's code touches: near 1 when fair. */
  worldRatio: number;
}

function buildCost(costs: readonly MainThreadCost[]): BuildCost {
  return {
    wholeMs: quantile(
      costs.map((c) => c.tracedWholeMs ?? NaN),
      0.5,
    ),
    evaluateMs: quantile(
      costs.map((c) => c.evaluateMs),
      0.5,
    ),
    worldMs: quantile(
      costs.map((c) => c.worldMs),
      0.5,
    ),
  };
}

/**
 * The traced pass for two builds side by side: each page is loaded in both, one browser per
 * build, the order alternating from page to page, so the machine's changing load falls on both
 * alike. Set LEAKLENS_BENCH_BASELINE to a wxt output folder holding the other build's chrome-mv3/.
 */
async function sideBySidePass(
  base: string,
  baselineRoot: string,
  baselineReports = true,
): Promise<SideBySide> {
  const baselineDir = join(resolve(baselineRoot), 'chrome-mv3');
  if (!existsSync(join(baselineDir, 'manifest.json'))) {
    throw new Error(`LEAKLENS_BENCH_BASELINE: no built extension at ${baselineDir}`);
  }
  const builds = [
    await CdpBrowser.launch(builtExtension('default')),
    await CdpBrowser.launch(baselineDir),
  ] as const;
  // A build that keeps no report (the floor) is left alone for as long, then not asked.
  const readers: ReportReader<unknown>[] = [
    timingOf,
    baselineReports ? timingOf : async () => null,
  ];
  const costs: [MainThreadCost[], MainThreadCost[]] = [[], []];
  try {
    for (const [i, page] of pageNames().entries()) {
      const url = `${base}/real-quiet/${page}`;
      for (const b of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const { events } = await builds[b]!.capture(url, TRACED, readers[b]!);
        costs[b]!.push(mainThreadCost(events, undefined, { pageRunsScripts: false }));
      }
    }
  } finally {
    await Promise.all(builds.map((b) => b.close()));
  }
  const [current, baseline] = costs;
  const ratio = (f: (c: MainThreadCost) => number): number =>
    quantile(
      current.map((c, i) => f(c) / f(baseline[i]!)),
      0.5,
    );
  return {
    baseline: baselineRoot,
    current: buildCost(current),
    base: buildCost(baseline),
    wholeRatio: ratio((c) => c.tracedWholeMs ?? NaN),
    worldRatio: ratio((c) => c.worldMs),
  };
}

/** This build against the floor (bench/floor.ts), which keeps no report to wait for. */
const floorPass = (base: string): Promise<SideBySide> =>
  sideBySidePass(base, floorBuild(builtExtension('default')), false);

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
  const session = await launchBrowser('chromium', builtExtension('demo'));
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

async function slicePass(base: string): Promise<PageRun[]> {
  const session = await launchBrowser('chromium', builtExtension('default'));
  try {
    return await realPages(session, await session.openExtensionPage('popup.html'), base);
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
  const baseline = process.env.LEAKLENS_BENCH_BASELINE;
  try {
    const runs = await slicePass(server.baseUrl);
    const timings = runs.map((r) => r.timing);
    const traced = await cdpPages(server.baseUrl, TRACED);
    const profiled = await cdpPages(server.baseUrl, PROFILED);
    const whole = profiled.costs.map((c) => c.wholeMs ?? NaN);
    const ratio = runs.map((r) => r.timing.totalMs / r.extractAloneMs);
    return {
      pages: timings.length,
      busyMs: spread(timings.map((t) => t.totalMs)),
      longestSliceMs: extremes(timings.map((t) => t.longestSliceMs)),
      scanOverExtract: { median: quantile(ratio, 0.5) },
      wholeMs: spread(whole),
      outsideSlicesMs: spread(whole.map((w, i) => w - profiled.timings[i]!.totalMs)),
      profiledSlicesMs: spread(profiled.timings.map((t) => t.totalMs)),
      profiledEvaluateMs: extremes(profiled.costs.map((c) => c.evaluateMs)),
      longestTaskProfiledMs: extremes(profiled.costs.map((c) => c.longestTaskMs)),
      topSelf: [...profiled.selfUs]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([fn, us]) => ({ fn, ms: us / 1000 })),
      evaluateMs: extremes(traced.costs.map((c) => c.evaluateMs)),
      tracedWholeMs: spread(traced.costs.map((c) => c.tracedWholeMs ?? NaN)),
      worldMs: spread(traced.costs.map((c) => c.worldMs)),
      scannerPages: traced.costs.filter((c) => c.scanners > 0).length,
      marksUiPages: traced.costs.filter((c) => c.marksUis > 0).length,
      pagesOverBudget: traced.costs.filter((c) => c.longestTaskMs > 50).length,
      readsApartPages: traced.costs.filter((c) => c.readsApart).length,
      compileMs: extremes(traced.costs.map((c) => c.compileMs)),
      longestTaskMs: extremes(traced.costs.map((c) => c.longestTaskMs)),
      worstPages: {
        task: pageOfMax(traced.costs.map((c) => c.longestTaskMs)),
        slice: pageOfMax(timings.map((t) => t.longestSliceMs)),
      },
      synthetic: await synthetic(server.baseUrl, dir),
      floor: await floorPass(server.baseUrl),
      ...(baseline ? { sideBySide: await sideBySidePass(server.baseUrl, baseline) } : {}),
    };
  } finally {
    await server.close();
  }
}

function verdict(name: string, value: string, met: boolean): string {
  return `${name} ${met ? 'met' : '**not met**'} (${value})`;
}

/**
 * Runs one side-by-side pass alone: against LEAKLENS_BENCH_BASELINE's build, or against the floor
 * (bench/floor.ts) when `baseline` is null.
 */
export async function runSideBySide(baseline: string | null): Promise<SideBySide> {
  const server = await startServer([
    {
      prefix: '/real-quiet/',
      dir: CORPUS,
      headers: { 'content-security-policy': "script-src 'none'" },
    },
  ]);
  try {
    return baseline === null
      ? await floorPass(server.baseUrl)
      : await sideBySidePass(server.baseUrl, baseline);
  } finally {
    await server.close();
  }
}

/** The rows both comparisons share: this build against `other`, page by page. */
function comparisonRows(r: SideBySide, other: string): string[] {
  const f = (n: number) => n.toFixed(1);
  return [
    `| median per page | this build | ${other} | this ÷ ${other}, median of per-page ratios |`,
    '| --- | ---: | ---: | ---: |',
    `| whole, from the trace | ${f(r.current.wholeMs)} ms | ${f(r.base.wholeMs)} ms | ${r.wholeRatio.toFixed(2)}× |`,
    `| compile + evaluation | ${f(r.current.evaluateMs)} ms | ${f(r.base.evaluateMs)} ms | |`,
    `| creating the extension's world (no code of either; a fairness check) | ${f(r.current.worldMs)} ms | ${f(r.base.worldMs)} ms | ${r.worldRatio.toFixed(2)}× |`,
    '',
  ];
}

export function sideBySideMarkdown(r: SideBySide, pages: number): string {
  return [
    `### Side by side with another build (Chromium, ${pages} real pages, traced, no profiler)`,
    '',
    `Baseline: \`${r.baseline}\`. Each page loaded with both builds, one browser each, in alternating order.`,
    '',
    ...comparisonRows(r, 'baseline'),
  ].join('\n');
}

export function floorMarkdown(r: SideBySide, pages: number): string {
  return [
    `### The floor on this machine (Chromium, ${pages} real pages, traced, no profiler)`,
    '',
    'The least any content script that notices page text costs a page: the same build with content.js replaced by the script below (bench/floor.ts), which waits for idle, reads the rendered text once and watches the document. Each page loaded with both, one browser each, in alternating order.',
    '',
    '```js',
    FLOOR_SCRIPT.trimEnd(),
    '```',
    '',
    ...comparisonRows(r, 'the floor'),
  ].join('\n');
}

export function inpageMarkdown(r: InpageResults): string {
  const f = (n: number) => n.toFixed(1);
  const pair = (e: Extremes) => `${f(e.median)} / ${f(e.max)} ms`;
  const both = (s: Spread) => `${f(s.median)} / ${f(s.p95)} ms`;
  const longestTask = Math.max(r.longestTaskMs.max, r.longestSliceMs.max);
  return [
    `### In the page (Chromium, ${r.pages} real pages, built-in bundle)`,
    '',
    '| measure | result | goal |',
    '| --- | --- | --- |',
    `| **main-thread time added per page, whole content script** (CPU profile), median | **${f(r.wholeMs.median)} ms** | < 5 ms |`,
    `| same, 95th percentile | ${f(r.wholeMs.p95)} ms | |`,
    `| of which outside the scan slices (evaluation, settings, bundle, index), median / 95th | ${both(r.outsideSlicesMs)} | |`,
    `| same whole, from the trace without the profiler (our evaluations and every entry into JS after them, native calls included; the page runs no script of its own), median / 95th | ${both(r.tracedWholeMs)} | |`,
    `| pages where the benchmark's reads of the report began after all of our work, and were left out (traced pass) | ${r.readsApartPages} of ${r.pages} | |`,
    `| not in either: Chromium creating the extension's world in each frame before any code of ours runs (every content script pays it), median / 95th | ${both(r.worldMs)} | |`,
    `| compile + evaluation of our scripts: content.js (the lookout), scanner.js and marks-ui.js where loaded (trace, no profiler), median / max | ${pair(r.evaluateMs)} | |`,
    `| of which compiling, median / max | ${pair(r.compileMs)} | |`,
    `| pages where the lookout handed a frame to the scanner | ${r.scannerPages} of ${r.pages} | |`,
    `| pages where a scanner had marks to show and loaded the marks' UI | ${r.marksUiPages} of ${r.pages} | |`,
    `| scan slices alone (the content script's clock, no profiler), median | ${f(r.busyMs.median)} ms | |`,
    `| same, 95th percentile | ${f(r.busyMs.p95)} ms | |`,
    `| **longest task running extension code** (trace, no profiler), median / max | **${pair(r.longestTaskMs)}** (max on ${r.worstPages.task}) | ≤ 50 ms |`,
    `| same, 95th percentile; pages with a task over 50 ms | ${f(r.longestTaskMs.p95)} ms; ${r.pagesOverBudget} of ${r.pages} | |`,
    `| same, any task holding an extension sample (under the profiler), median / max | ${pair(r.longestTaskProfiledMs)} | |`,
    `| longest scan slice, median / max | ${pair(r.longestSliceMs)} (max on ${r.worstPages.slice}) | ≤ 50 ms |`,
    `| total scan time (lookout and scanner) ÷ extraction alone on the same page, median | ${r.scanOverExtract.median.toFixed(2)}× | ≤ 1.5× |`,
    `| ${f(r.synthetic.megabytes)} MB synthetic page (demo bundle): longest slice | ${f(r.synthetic.longestSliceMs)} ms | ≤ 50 ms |`,
    `| same page: time to first highlight (from navigation start) | ${f(r.synthetic.firstHighlightMs)} ms | |`,
    `| same page: main-thread time of the scan slices | ${f(r.synthetic.busyMs)} ms | |`,
    '',
    `Profiler overhead, from the profiled pass: scan slices ${both(r.profiledSlicesMs)} (median / 95th) against ${both(r.busyMs)} without it; content.js evaluation ${pair(r.profiledEvaluateMs)} against ${pair(r.evaluateMs)}. The profiled whole leans high by about that much; the traced whole has no profiler but counts everything inside our entries into JS, native work included. Each page is left alone for a second after its load before the benchmark reads the report (a one-line function the background runs in the page, as when the popup opens); the reads are left out where none of our work came after their start, and counted elsewhere (the pages the scanner still worked on). The evaluation and longest-task rows have no profiler.`,
    '',
    floorMarkdown(r.floor, r.pages),
    ...(r.sideBySide ? [sideBySideMarkdown(r.sideBySide, r.pages)] : []),
    `Goals: ${[
      verdict(
        'added time < 5 ms',
        `median ${f(r.wholeMs.median)} ms whole under the profiler, ${f(r.tracedWholeMs.median)} ms from the trace, ${f(r.busyMs.median)} ms in slices alone; the floor on this machine ${f(r.floor.base.wholeMs)} ms, this build ${r.floor.wholeRatio.toFixed(2)}× it`,
        Math.max(r.wholeMs.median, r.tracedWholeMs.median) < 5,
      ),
      verdict('longest task ≤ 50 ms', `${f(longestTask)} ms at most`, longestTask <= 50),
      verdict(
        'scan ÷ extraction ≤ 1.5×',
        `${r.scanOverExtract.median.toFixed(2)}×`,
        r.scanOverExtract.median <= 1.5,
      ),
      verdict(
        '5 MB page longest slice ≤ 50 ms',
        `${f(r.synthetic.longestSliceMs)} ms`,
        r.synthetic.longestSliceMs <= 50,
      ),
    ].join('; ')}.`,
    '',
  ].join('\n');
}
