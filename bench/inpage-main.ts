// `npm run bench` second half: runs the in-page benchmark and records it in bench/RESULTS.md as a
// dated section of its own (the engine benchmark records its own).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_BINARY } from '../tests/e2e/harness/chromium';
import {
  floorMarkdown,
  inpageMarkdown,
  pageCount,
  runInpageBench,
  runSideBySide,
  sideBySideMarkdown,
} from './inpage';

const RESULTS = join(import.meta.dirname, 'RESULTS.md');

/**
 * Appends `section`, replacing an earlier one with the very same heading (a rerun the same day);
 * sections whose heading says more (", at 31c92c1", written up by hand) are kept.
 */
function record(section: string): void {
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const title = section.split('\n')[0]!;
  const kept = previous.split(/(?=^## )/m).filter((p) => p.split('\n')[0] !== title);
  writeFileSync(RESULTS, `${kept.join('').trimEnd()}\n\n${section.trimEnd()}\n`);
}

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const date = new Date().toISOString().slice(0, 10);
// e.g. "Chromium 156.0.8078.79 built on Debian …": the name and version are enough.
const browser = execFileSync(CHROMIUM_BINARY, ['--version'], { encoding: 'utf8' })
  .split(' ')
  .slice(0, 2)
  .join(' ');
// The machine is shared: the load beside the run says how much the numbers include neighbours.
const loadBefore = loadavg()[0]!.toFixed(1);
const baseline = process.env.LEAKLENS_BENCH_BASELINE;
const only = process.env.LEAKLENS_BENCH_ONLY;
if ((baseline && only === 'side-by-side') || only === 'floor') {
  // One comparison alone: recorded under its own heading, beside the full run's.
  const result = await runSideBySide(only === 'floor' ? null : baseline!);
  const load = `load average ${loadBefore} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
  const table = (only === 'floor' ? floorMarkdown : sideBySideMarkdown)(result, pageCount());
  const heading = only === 'floor' ? 'In-page floor' : 'In-page side by side';
  const section = `## ${heading} — ${date}\n\nMachine: ${machine} (${load}); ${browser}.\n\n${table}`;
  console.log(section);
  record(section);
  process.exit(0);
}
const results = await runInpageBench();
const load = `load average ${loadBefore} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
const section = `## In-page benchmark — ${date}\n\nMachine: ${machine} (${load}); ${browser}. Three passes over the pages, each in a fresh browser: the content script's own clock alone (its scan slices), a Chromium trace (our scripts' evaluation, tasks), and a trace with V8's sampling profiler every 100 µs (every sample whose stack holds a \`chrome-extension://\` frame: the lookout and, where loaded, the scanner). Medians and 95th percentiles are over the pages.\n\n${inpageMarkdown(results)}`;
console.log(section);
// Where the whole time goes, for reading against the built content.js (names are minified).
console.log('Extension self time over all pages (profiled pass), by function:');
for (const { fn, ms } of results.topSelf) console.log(`${ms.toFixed(1).padStart(8)} ms  ${fn}`);
record(section);
