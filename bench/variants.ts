// Content.js variants side by side, for working on the lookout: each variant is the built
// extension with its content.js replaced, loaded in a browser of its own; every page is loaded
// with each, in rotating order, traced, with the benchmark's measure (bench/main-thread.ts). The
// first is also run a second time, as a control that shows the run's noise.
// Usage: npx tsx bench/variants.ts <built chrome-mv3 dir> <every Nth page> name=content.js ...
// The first variant is the one the others are divided by. Prints; records nothing.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/harness/server';
import { CdpBrowser } from './cdp-capture';
import { withContentScript } from './floor';
import { CORPUS, quantile, realPageNames, TRACED } from './inpage';
import { mainThreadCost } from './main-thread';

const median = (values: number[]): number => quantile(values, 0.5);

interface Variant {
  name: string;
  /** A wxt output folder holding the variant's chrome-mv3/. */
  root: string;
}

/** `name=path/to/content.js`, read before any copy is made: a bad argument leaves nothing behind. */
function parseVariant(spec: string): { name: string; script: string } {
  const [name, file] = spec.split('=');
  if (!name || !file) throw new Error(`a variant is name=path/to/content.js, not "${spec}"`);
  return { name, script: readFileSync(file, 'utf8') };
}

async function main(): Promise<void> {
  const [base, everyArg, ...specs] = process.argv.slice(2);
  if (!base || specs.length === 0) {
    throw new Error('usage: bench/variants.ts <chrome-mv3 dir> <every> name=content.js ...');
  }
  const every = Number(everyArg);
  const parsed = specs.map(parseVariant);
  // The first variant twice: identical scripts in two browsers differ by 5-10% in a run here
  // (docs/in-page.md, "Measuring small changes"), so each run shows its own noise.
  const control = { ...parsed[0]!, name: `${parsed[0]!.name} again` };
  const variants: Variant[] = [parsed[0]!, control, ...parsed.slice(1)].map(({ name, script }) => ({
    name,
    root: withContentScript(base, script),
  }));
  const pages = realPageNames(every);
  const server = await startServer([
    {
      prefix: '/real-quiet/',
      dir: CORPUS,
      headers: { 'content-security-policy': "script-src 'none'" },
    },
  ]);
  const browsers = await Promise.all(
    variants.map((v) => CdpBrowser.launch(join(v.root, 'chrome-mv3'))),
  );
  const whole: number[][] = variants.map(() => []);
  const evaluate: number[][] = variants.map(() => []);
  try {
    for (const [i, page] of pages.entries()) {
      for (let k = 0; k < variants.length; k++) {
        const v = (i + k) % variants.length;
        const url = `${server.baseUrl}/real-quiet/${page}`;
        const { events } = await browsers[v]!.capture(url, TRACED, async () => null);
        const cost = mainThreadCost(events, undefined, { pageRunsScripts: false });
        whole[v]!.push(cost.tracedWholeMs ?? NaN);
        evaluate[v]!.push(cost.evaluateMs);
      }
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await server.close();
    for (const v of variants) rmSync(v.root, { recursive: true, force: true });
  }
  console.log(`${pages.length} pages; medians, and the median of per-page ratios to the first`);
  console.log("(the second is the first again: how far it is from 1.00 is this run's noise)");
  for (const [k, v] of variants.entries()) {
    const ratio = median(whole[k]!.map((w, i) => w / whole[0]![i]!));
    const line = `whole ${median(whole[k]!).toFixed(2)} ms  evaluation ${median(evaluate[k]!).toFixed(2)} ms`;
    console.log(`${v.name.padEnd(16)} ${line}  ÷ first ${ratio.toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
