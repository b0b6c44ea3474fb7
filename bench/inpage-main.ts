// `npm run bench` second half: runs the in-page benchmark and records it in bench/RESULTS.md as a
// dated section of its own (the engine benchmark records its own).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { inpageMarkdown, runInpageBench } from './inpage';

const RESULTS = join(import.meta.dirname, 'RESULTS.md');

function record(section: string): void {
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const title = section.split('\n')[0]!;
  const kept = previous.split(/(?=^## )/m).filter((p) => !p.startsWith(title));
  writeFileSync(RESULTS, `${kept.join('').trimEnd()}\n\n${section.trimEnd()}\n`);
}

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const date = new Date().toISOString().slice(0, 10);
const results = await runInpageBench();
const section = `## In-page benchmark — ${date}\n\nMachine: ${machine}; Chromium ${'/usr/bin/chromium'}. Times are the content script's own measured slices (main-thread work), medians over the pages.\n\n${inpageMarkdown(results)}`;
console.log(section);
record(section);
