// Engine benchmark: throughput over the real-page corpus, scaling with bundle size, and the
// prefiltered phrase matcher against a naive fuse.js search. Prints a markdown section and
// records it in bench/RESULTS.md. Run: npx tsx bench/engine.ts [--quick]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js/basic';
import { parseHTML } from 'linkedom';
import { compileRules } from '../compiler/compile-rules';
import { parseBundle, type Bundle } from '../engine/bundle';
import { buildHashIndex, hashIndexBytes } from '../engine/hash-index';
import { decodeHashes, encodeHashes } from '../engine/hash-codec';
import {
  buildIndex,
  DEFAULT_ENGINE_PARAMS,
  documentFingerprints,
  extractPageText,
  plainTextPage,
  scan,
  type EngineIndex,
  type PageText,
} from '../engine/index';
import { normalizeText } from '../engine/normalize';
// The same seeded PRNG as the fixtures, so the synthetic bundles are the same on every run.
import { rng } from '../tests/engine/helpers/damage';

const CORPUS = '/work/shared/corpus/real-pages';
const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'engine', 'documents');
const RESULTS = join(import.meta.dirname, 'RESULTS.md');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 3 : 7;

// ---------------------------------------------------------------------------------------------
// Helpers

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * CPU time of this process in ms. The machine is shared (load averages above 10 on 2 cores were
 * seen), so wall time mostly measures the neighbours; CPU time measures our work.
 */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median CPU ms of `runs` calls of `f` (after one warm-up call unless told not to). */
function time(f: () => void, runs = RUNS, warmUp = true): number {
  if (warmUp) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuNow();
    f();
    times.push(cpuNow() - t);
  }
  return median(times);
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

function sortedDistinct(values: Uint32Array): Uint32Array {
  const s = values.slice().sort();
  let n = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) s[n++] = s[i]!;
  return s.slice(0, n);
}

function randomHashes(count: number, random: () => number): Uint32Array {
  const a = new Uint32Array(count);
  for (let i = 0; i < count; i++) a[i] = Math.floor(random() * 0x100000000);
  return sortedDistinct(a);
}

interface SyntheticBundle {
  hashes: number;
  documents: number;
  phrases: string[];
  /** Real text whose fingerprints are included, so that scanning finds something. */
  withFixtures: boolean;
}

function bundleOf(spec: SyntheticBundle, random: () => number): Bundle {
  const perDoc = Math.ceil(spec.hashes / spec.documents);
  const documents = Array.from({ length: spec.documents }, (_, d) => ({
    id: `doc-${d}`,
    title: `Synthetic document ${d}`,
    fingerprints: encodeHashes(randomHashes(perDoc, random)),
    phrases: [] as string[],
  }));
  spec.phrases.forEach((p, i) => documents[i % documents.length]!.phrases.push(p));
  if (spec.withFixtures) {
    for (const name of ['renfield-dossier', 'halvorsen-memo']) {
      const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
      documents.push({
        id: name,
        title: name,
        fingerprints: encodeHashes(documentFingerprints(text, DEFAULT_ENGINE_PARAMS)),
        phrases: [],
      });
    }
  }
  const parsed = parseBundle({
    format: 1,
    id: 'bench',
    version: 1,
    created: '2026-01-01',
    engine: { ...DEFAULT_ENGINE_PARAMS },
    leaks: [
      {
        id: 'bench-leak',
        title: 'Bench leak',
        summary: 'Synthetic.',
        disclosed: '2026-01-01',
        mentions: ['Copper Lynx', 'Operation Glass Harbor'],
        documents,
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

// ---------------------------------------------------------------------------------------------
// Data

function corpusFiles(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
}

function loadCorpus(): { docs: Document[]; htmlBytes: number } {
  const files = corpusFiles();
  let htmlBytes = 0;
  const docs = files.map((f) => {
    const html = readFileSync(join(CORPUS, f), 'utf8');
    htmlBytes += html.length;
    return parseHTML(html).document;
  });
  return { docs, htmlBytes };
}

/** Words of the corpus, to build phrases that look like the pages' language. */
function vocabulary(pages: readonly PageText[]): string[] {
  const words = new Set<string>();
  for (const p of pages)
    for (const w of p.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) words.add(w);
  return [...words];
}

function randomPhrases(count: number, vocab: readonly string[], random: () => number): string[] {
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 8 + Math.floor(random() * 8) },
      () => vocab[Math.floor(random() * vocab.length)]!,
    ).join(' '),
  );
}

// ---------------------------------------------------------------------------------------------
// 1. Throughput

/**
 * Times the steps on one page at a time: the page is parsed (not timed), then each step runs on
 * it in turn, RUNS times, and the page is dropped before the next — as in a content script, where
 * one page's DOM is in memory, not 130.
 */
function throughputPerPage(files: readonly string[], index: EngineIndex) {
  const names = ['extract', 'extractNormalize', 'extractScan'] as const;
  const totals: Record<(typeof names)[number], number> = {
    extract: 0,
    extractNormalize: 0,
    extractScan: 0,
  };
  let chars = 0;
  for (const file of files) {
    const doc = parseHTML(readFileSync(join(CORPUS, file), 'utf8')).document;
    const steps: Record<(typeof names)[number], () => void> = {
      extract: () => extractPageText(doc),
      extractNormalize: () => normalizeText(extractPageText(doc).text),
      extractScan: () => scan(index, extractPageText(doc)),
    };
    chars += extractPageText(doc).text.length;
    const samples: Record<string, number[]> = {};
    for (const name of names) steps[name]();
    for (let r = 0; r < RUNS; r++) {
      for (const name of names) {
        const t = cpuNow();
        steps[name]();
        (samples[name] ??= []).push(cpuNow() - t);
      }
    }
    for (const name of names) totals[name] += median(samples[name]!);
  }
  return { totals, chars };
}

/** The same steps over all 130 DOMs held in memory at once (a heavier heap for the GC). */
function throughputAllInMemory(docs: Document[], index: EngineIndex) {
  const pages = docs.map((d) => extractPageText(d));
  const steps: Record<string, () => void> = {
    extract: () => docs.forEach((d) => extractPageText(d)),
    extractNormalize: () => docs.forEach((d) => normalizeText(extractPageText(d).text)),
    extractScan: () => docs.forEach((d) => scan(index, extractPageText(d))),
    scanOnly: () => pages.forEach((p) => scan(index, p)),
  };
  const samples: Record<string, number[]> = {};
  for (const f of Object.values(steps)) f();
  for (let r = 0; r < RUNS; r++) {
    for (const [name, f] of Object.entries(steps)) {
      const t = cpuNow();
      f();
      (samples[name] ??= []).push(cpuNow() - t);
    }
  }
  const m = (name: string): number => median(samples[name]!);
  return {
    extract: m('extract'),
    extractNormalize: m('extractNormalize'),
    extractScan: m('extractScan'),
    scanOnly: m('scanOnly'),
  };
}

/**
 * Runs the all-in-memory measurement, then keeps only the pages' text (as plain-text pages), so
 * that the DOMs can be collected and later sections measure scanning, not the GC of 130 DOMs.
 */
function allInMemoryThenText(index: EngineIndex) {
  const { docs, htmlBytes } = loadCorpus();
  const allInMemory = throughputAllInMemory(docs, index);
  const pages = docs.map((d) => plainTextPage(extractPageText(d).text));
  return { allInMemory, pages, htmlBytes };
}

function throughput(
  per: ReturnType<typeof throughputPerPage>,
  all: ReturnType<typeof throughputAllInMemory>,
  index: EngineIndex,
): string[] {
  const mb = per.chars / 1e6;
  const rate = (ms: number): string => fmt(mb / (ms / 1000));
  const t = per.totals;
  return [
    '### 1. Throughput over the 130 real pages',
    '',
    `Extracted text: ${fmt(mb, 2)} M characters (linkedom; HTML parsing is not timed). ` +
      `Bundle: ${index.fingerprintDocuments.length} documents with fingerprints (2 fixture documents and 1 000 random hashes), ${index.hashes.hashes.length} hashes, ${index.phrases.phrases.length} phrases, 2 mentions.`,
    '',
    '| step | one page in memory at a time: CPU ms (sum of per-page medians) | MB/s | all 130 DOMs in memory: CPU ms | MB/s |',
    '|---|---:|---:|---:|---:|',
    `| extract | ${fmt(t.extract)} | ${rate(t.extract)} | ${fmt(all.extract)} | ${rate(all.extract)} |`,
    `| extract + normalize | ${fmt(t.extractNormalize)} | ${rate(t.extractNormalize)} | ${fmt(all.extractNormalize)} | ${rate(all.extractNormalize)} |`,
    `| extract + full scan (normalize, tokenize, all matchers, score) | ${fmt(t.extractScan)} | ${rate(t.extractScan)} | ${fmt(all.extractScan)} | ${rate(all.extractScan)} |`,
    `| full scan of already extracted text | | | ${fmt(all.scanOnly)} | ${rate(all.scanOnly)} |`,
    '',
    `Ratio (extract + scan) / (extract + normalize): **${fmt(t.extractScan / t.extractNormalize, 2)}×** one page at a time, ` +
      `**${fmt(all.extractScan / all.extractNormalize, 2)}×** with all 130 DOMs alive (goal ≤ 1.5×). ` +
      "With all DOMs alive (segments keep every Text node reachable) most of the difference is garbage collection of a very large heap triggered by the scan's typed arrays.",
    '',
  ];
}

// ---------------------------------------------------------------------------------------------
// 2. Scale

/**
 * CPU ms of `rounds` passes over all pages per index. The indexes take turns pass by pass, in a
 * rotating order: neighbours' load comes in bursts of seconds, and a block of several passes of
 * one index (as measured before) could sit inside a burst while another's did not, which moved
 * the ratios by several percent from run to run.
 */
function interleavedScans(
  pages: readonly PageText[],
  indexes: readonly EngineIndex[],
  rounds: number,
): number[][] {
  const pass = (index: EngineIndex): number => {
    const t = cpuNow();
    for (const p of pages) scan(index, p);
    return cpuNow() - t;
  };
  for (const index of indexes) pass(index);
  const times = indexes.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < indexes.length; j++) {
      const i = (r + j) % indexes.length;
      times[i]!.push(pass(indexes[i]!));
    }
  }
  return times;
}

function scale(pages: PageText[], vocab: string[]): { lines: string[]; largeHashesOnly: Bundle } {
  const random = rng(42);
  const small = bundleOf(
    { hashes: 1000, documents: 1, phrases: randomPhrases(10, vocab, random), withFixtures: true },
    random,
  );
  const large = bundleOf(
    {
      hashes: 1_000_000,
      documents: 100,
      phrases: randomPhrases(10_000, vocab, random),
      withFixtures: true,
    },
    random,
  );
  const largeHashesOnly = bundleOf(
    {
      hashes: 1_000_000,
      documents: 100,
      phrases: randomPhrases(10, vocab, random),
      withFixtures: true,
    },
    random,
  );
  const smallIndex = buildIndex(small);
  const largeIndex = buildIndex(large);
  const hashesOnlyIndex = buildIndex(largeHashesOnly);
  const buildLarge = time(() => buildIndex(largeHashesOnly), QUICK ? 3 : 5);
  const buildLargePhrases = time(() => buildIndex(large), QUICK ? 3 : 5);
  const lists = largeHashesOnly.leaks[0]!.documents.map((d) => d.fingerprints ?? '');
  const decoded = lists.map((l) => decodeHashes(l));
  const buildHashOnly = time(() => buildHashIndex(decoded), QUICK ? 3 : 5);
  const totalHashes = hashesOnlyIndex.hashes.hashes.length;
  const bytes = hashIndexBytes(hashesOnlyIndex.hashes);

  const indexes = [smallIndex, hashesOnlyIndex, largeIndex];
  const [tSmall, tHashes, tLarge] = interleavedScans(pages, indexes, RUNS * (QUICK ? 1 : 3));
  const s = median(tSmall!);
  const h = median(tHashes!);
  const l = median(tLarge!);
  const lines = [
    '### 2. Scale: bundle size',
    '',
    `Scanning the 130 pages' extracted text as plain-text pages (no extraction, no DOM in memory): CPU ms of one pass over all pages, median of ${tSmall!.length} passes per bundle, the bundles taking turns pass by pass (rotating order) after a warm-up pass each. Steadier than the earlier blocks of 7 passes of one bundle (3 blocks each, interleaved): the neighbours' load comes in bursts of seconds, and one bundle's block could sit inside a burst that another's missed, which moved the ratios by several percent from run to run; taking turns spreads the bursts over the three bundles alike (same corpus, bundles, number of passes and median).`,
    '',
    '| bundle | hashes in index | phrases | scan CPU ms | vs small |',
    '|---|---:|---:|---:|---:|',
    `| small | ${smallIndex.hashes.hashes.length} | 10 | ${fmt(s)} | 1.00× |`,
    `| 1M hashes | ${totalHashes} | 10 | ${fmt(h)} | ${fmt(h / s, 2)}× |`,
    `| 1M hashes + 10k phrases | ${largeIndex.hashes.hashes.length} | 10 000 | ${fmt(l)} | ${fmt(l / s, 2)}× |`,
    '',
    `Fingerprint index for ${totalHashes} hashes in 100 documents: **${fmt(bytes / 1e6, 2)} MB** (goal ≤ 8 MB); ` +
      `hash index build from decoded lists **${fmt(buildHashOnly)} ms** (goal < 100 ms); ` +
      `whole buildIndex including base64/varint decoding ${fmt(buildLarge)} ms, with 10 000 phrases ${fmt(buildLargePhrases)} ms.`,
    '',
    `Goal 1000× bundle ≤ 1.2× scan time: 1M hashes **${fmt(h / s, 2)}×**, with 10k phrases too **${fmt(l / s, 2)}×**.`,
    '',
  ];
  return { lines, largeHashesOnly };
}

// ---------------------------------------------------------------------------------------------
// 4. Index load

/** Fresh processes per first-call measurement. */
const FIRST_BUILD_RUNS = QUICK ? 3 : 7;

/**
 * Median CPU ms of the first buildIndex call in fresh processes (bench/first-build-index.ts), with
 * extra Node flags; undefined when the child fails (e.g. a flag this Node does not know).
 */
function firstBuildMs(bundleFile: string, nodeFlags: readonly string[]): number | undefined {
  const child = join(import.meta.dirname, 'first-build-index.ts');
  const samples: number[] = [];
  for (let i = 0; i < FIRST_BUILD_RUNS; i++) {
    // process.execArgv carries tsx's loader, so the child runs the TypeScript as this process does.
    const args = [...process.execArgv, ...nodeFlags, child, bundleFile];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) return undefined;
    samples.push(Number(r.stdout.trim()));
  }
  return median(samples);
}

function indexLoad(largeHashesOnly: Bundle): string[] {
  const demo = compileRules({
    rulesDir: join(ROOT, 'demo', 'rules'),
    docsDir: join(ROOT, 'demo', 'docs'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'leaklens-bench-'));
  const rows = [
    { name: 'demo (demo/rules with demo/docs)', bundle: demo.bundle },
    { name: '1M hashes (section 2)', bundle: largeHashesOnly },
  ].map(({ name, bundle }, i) => {
    const file = join(dir, `bundle-${i}.json`);
    writeFileSync(file, JSON.stringify(bundle));
    const hashes = buildIndex(bundle).hashes.hashes.length;
    const cold = firstBuildMs(file, []);
    const native = firstBuildMs(file, ['--js-base-64']);
    const warm = time(() => buildIndex(bundle));
    const ms = (v: number | undefined): string => (v === undefined ? 'n/a' : fmt(v));
    return `| ${name} | ${hashes} | ${ms(cold)} | ${ms(native)} | ${fmt(warm)} |`;
  });
  return [
    '### 4. Index load: buildIndex',
    '',
    `The content script builds the index on every page load, with code that has not run yet in that page. First call: CPU ms of buildIndex in a fresh process (median of ${FIRST_BUILD_RUNS} processes), with the portable base64 decoder (Node's default) and with V8's native \`Uint8Array.fromBase64\` (\`--js-base-64\`; built in from Chrome 140 and Firefox 133). Warm: median of ${RUNS} calls in this process.`,
    '',
    '| bundle | hashes | first call, portable base64: CPU ms | first call, native base64: CPU ms | warm: CPU ms |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------
// 3. Naive fuse.js vs the engine

interface Planted {
  pages: PageText[];
  /** page number → phrase numbers planted in it. */
  truth: Map<number, Set<number>>;
}

/** Plants a damaged copy (one typo, changed spacing) of some phrases into some pages. */
function plant(
  pages: readonly PageText[],
  phrases: readonly string[],
  random: () => number,
): Planted {
  const truth = new Map<number, Set<number>>();
  const out = pages.map((page, i) => {
    if (i % 3 !== 0) return page;
    const n = Math.floor(random() * phrases.length);
    const words = phrases[n]!.split(' ');
    const w = 1 + Math.floor(random() * (words.length - 2));
    const word = words[w]!;
    if (word.length > 4) words[w] = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    const damaged = words.join(random() < 0.5 ? ' ' : '  ');
    const at = Math.floor(random() * page.text.length);
    const cut = page.text.lastIndexOf('\n', at);
    const pos = cut < 0 ? 0 : cut;
    truth.set(i, new Set([n]));
    return plainTextPage(`${page.text.slice(0, pos)}\n${damaged}.\n${page.text.slice(pos)}`);
  });
  return { pages: out, truth };
}

function naive(pages: readonly PageText[], phrases: readonly string[]): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  pages.forEach((page, i) => {
    const sentences = page.text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 0);
    const fuse = new Fuse(sentences, {
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.5,
    });
    phrases.forEach((phrase, n) => {
      if (fuse.search(phrase, { limit: 1 }).some((r) => (r.score ?? 1) <= 0.2)) {
        found.set(i, (found.get(i) ?? new Set()).add(n));
      }
    });
  });
  return found;
}

function engineFound(index: EngineIndex, pages: readonly PageText[]): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  pages.forEach((page, i) => {
    for (const leak of scan(index, page).leaks) {
      for (const p of leak.passages) {
        if (p.kind !== 'phrase' || !p.document) continue;
        found.set(i, (found.get(i) ?? new Set()).add(Number(p.document.slice(2))));
      }
    }
  });
  return found;
}

function recall(truth: Map<number, Set<number>>, found: Map<number, Set<number>>) {
  let planted = 0;
  let hit = 0;
  let extra = 0;
  for (const [page, set] of truth) {
    planted += set.size;
    for (const n of set) if (found.get(page)?.has(n)) hit++;
  }
  for (const [page, set] of found) for (const n of set) if (!truth.get(page)?.has(n)) extra++;
  return { recall: hit / planted, planted, extra };
}

function naiveVsEngine(pages: PageText[]): string[] {
  const random = rng(7);
  const source = ['renfield-dossier', 'halvorsen-memo', 'ashdown-emails'].flatMap((n) =>
    readFileSync(join(FIXTURES, `${n}.txt`), 'utf8')
      .replace(/\s+/g, ' ')
      .split(/(?<=[.?!])\s+/)
      .filter((s) => s.split(' ').length >= 8 && s.split(' ').length <= 20),
  );
  const phrases = Array.from({ length: 50 }, (_, i) =>
    source[(i * 7) % source.length]!.replace(/[.?!]$/, ''),
  );
  const subset = pages.filter((p) => p.text.length > 2000).slice(0, QUICK ? 10 : 20);
  const { pages: planted, truth } = plant(subset, phrases, random);
  const parsed = parseBundle({
    format: 1,
    id: 'bench-phrases',
    version: 1,
    created: '2026-01-01',
    engine: { ...DEFAULT_ENGINE_PARAMS },
    leaks: [
      {
        id: 'phrases',
        title: 'Phrases',
        summary: 'Synthetic.',
        disclosed: '2026-01-01',
        documents: phrases.map((p, i) => ({ id: `p-${i}`, title: `Phrase ${i}`, phrases: [p] })),
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const index = buildIndex(parsed.value);
  let naiveResult = new Map<number, Set<number>>();
  let engineResult = new Map<number, Set<number>>();
  // The naive approach takes minutes: two runs, no warm-up.
  const tNaive = time(
    () => {
      naiveResult = naive(planted, phrases);
    },
    2,
    false,
  );
  const tEngine = time(() => {
    engineResult = engineFound(index, planted);
  });
  const rn = recall(truth, naiveResult);
  const re = recall(truth, engineResult);
  const chars = planted.reduce((a, p) => a + p.text.length, 0);
  return [
    '### 3. Phrases: naive fuse.js over every sentence vs the engine',
    '',
    `${planted.length} real pages (${fmt(chars / 1e6, 2)} M characters), ${phrases.length} phrases of 8–20 words; ` +
      `${rn.planted} pages carry one planted phrase with a typo and changed spacing. ` +
      'Naive: one Fuse index over the page’s sentences, searched for every phrase (same score limit 0.2). ' +
      'Engine: the whole scan (normalize, tokenize, every matcher, score).',
    '',
    '| approach | median CPU ms | recall | false hits |',
    '|---|---:|---:|---:|',
    `| naive fuse.js | ${fmt(tNaive)} | ${fmt(rn.recall * 100, 0)}% | ${rn.extra} |`,
    `| engine | ${fmt(tEngine)} | ${fmt(re.recall * 100, 0)}% | ${re.extra} |`,
    '',
    `Speed-up: **${fmt(tNaive / tEngine, 0)}×** (goal ≥ 100× at equal or better recall).`,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------

function record(section: string): void {
  const header =
    '# Benchmark results\n\nNewest first is not guaranteed: each run appends or replaces its own dated section.\n';
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : header;
  const title = section.split('\n')[0]!;
  const parts = previous.split(/(?=^## )/m);
  const kept = parts.filter((p) => !p.startsWith(title));
  writeFileSync(RESULTS, `${kept.join('').trimEnd()}\n\n${section.trimEnd()}\n`);
}

function main(): void {
  const cpu = cpus();
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`;
  const fixtureIndex = buildIndex(
    bundleOf({ hashes: 1000, documents: 1, phrases: [], withFixtures: true }, rng(1)),
  );
  // One page at a time first, before the whole corpus is loaded into memory.
  const perPage = throughputPerPage(corpusFiles(), fixtureIndex);
  const { allInMemory, pages, htmlBytes } = allInMemoryThenText(fixtureIndex);
  const lines = [
    `## Engine — ${date} — ${machine}${QUICK ? ' (quick)' : ''}`,
    '',
    `Corpus: ${pages.length} pages, ${fmt(htmlBytes / 1e6, 2)} MB of HTML. Times are CPU time of the benchmark process (process.cpuUsage), medians of ${RUNS} runs after a warm-up: the machine is shared and wall time mostly measured the neighbours (load average ${loadavg()[0]!.toFixed(1)} at the start).`,
    '',
    ...throughput(perPage, allInMemory, fixtureIndex),
  ];
  const { lines: scaleLines, largeHashesOnly } = scale(pages, vocabulary(pages));
  lines.push(...scaleLines, ...naiveVsEngine(pages), ...indexLoad(largeHashesOnly));
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  record(section);
}

main();
