// Content.js variants side by side, for working on the lookout: each variant is the built
// extension with its content.js replaced, loaded in a browser of its own; every page is loaded
// with each, in rotating order, traced, with the benchmark's measure (bench/main-thread.ts).
// Usage: npx tsx bench/variants.ts <built chrome-mv3 dir> <every Nth page> name=content.js ...
// The first variant is the one the others are divided by. Prints; records nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/harness/server';
import { CdpBrowser } from './cdp-capture';
import { CONTENT_SCRIPT_PATH } from './cdp-trace';
import { CORPUS, quantile, realPageNames } from './inpage';
import { mainThreadCost } from './main-thread';

const median = (values: number[]): number => quantile(values, 0.5);

interface Variant {
  name: string;
  dir: string;
}

function variantOf(base: string, spec: string, root: string): Variant {
  const [name, file] = spec.split('=');
  if (!name || !file) throw new Error(`a variant is name=path/to/content.js, not "${spec}"`);
  const dir = join(root, name, 'chrome-mv3');
  cpSync(base, dir, { recursive: true });
  writeFileSync(join(dir, CONTENT_SCRIPT_PATH), readFileSync(file, 'utf8'));
  return { name, dir };
}

async function main(): Promise<void> {
  const [base, everyArg, ...specs] = process.argv.slice(2);
  if (!base || specs.length === 0) {
    throw new Error('usage: bench/variants.ts <chrome-mv3 dir> <every> name=content.js ...');
  }
  const every = Number(everyArg);
  const root = mkdtempSync(join(tmpdir(), 'leaklens-variants-'));
  const variants = specs.map((spec) => variantOf(base, spec, root));
  const pages = realPageNames(every);
  const server = await startServer([
    {
      prefix: '/real-quiet/',
      dir: CORPUS,
      headers: { 'content-security-policy': "script-src 'none'" },
    },
  ]);
  const browsers = await Promise.all(variants.map((v) => CdpBrowser.launch(v.dir)));
  const whole: number[][] = variants.map(() => []);
  const evaluate: number[][] = variants.map(() => []);
  const options = { profile: false, samplingIntervalUs: 100, settleMs: 300, quietMs: 1000 };
  try {
    for (const [i, page] of pages.entries()) {
      for (let k = 0; k < variants.length; k++) {
        const v = (i + k) % variants.length;
        const url = `${server.baseUrl}/real-quiet/${page}`;
        const { events } = await browsers[v]!.capture(url, options, async () => null);
        const cost = mainThreadCost(events, undefined, { pageRunsScripts: false });
        whole[v]!.push(cost.tracedWholeMs ?? NaN);
        evaluate[v]!.push(cost.evaluateMs);
      }
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`${pages.length} pages; medians, and the median of per-page ratios to the first`);
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
