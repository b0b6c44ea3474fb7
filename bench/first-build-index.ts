// Child process of bench/engine.ts: the CPU time of the first buildIndex call in a fresh process,
// as the content script pays it on every page load (the engine's code has never run: it starts in
// the interpreter). Run: tsx bench/first-build-index.ts <compiled-bundle.json>; prints the ms.
import { readFileSync } from 'node:fs';
import { parseBundle } from '../engine/bundle';
import { buildIndex } from '../engine/index';

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const parsed = parseBundle(JSON.parse(readFileSync(process.argv[2]!, 'utf8')));
if (!parsed.ok) throw new Error(parsed.error);
const start = cpuNow();
buildIndex(parsed.value);
process.stdout.write(`${cpuNow() - start}\n`);
