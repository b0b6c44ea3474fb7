// `leaklens scan [--bundle FILE] [--format json|table] [--sensitivity …] FILE_OR_URL...`: scans each
// input in turn and prints its verdict as soon as it is known.
import { accessSync, constants } from 'node:fs';
import { SENSITIVITIES, type Sensitivity } from '../engine/types';
import { loadBundle } from './bundle-source';
import { parseFlags } from './parse-flags';
import { progressLine } from './progress';
import { jsonLine, tableHeader, tableRow } from './report-format';
import { indexBundle, scanInput, type ScanIndex } from './scan-page';
import { UsageError } from './usage-error';

const FORMATS = ['table', 'json'] as const;
type Format = (typeof FORMATS)[number];

export async function scanCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseFlags(
    'scan',
    args,
    {
      bundle: { type: 'string' },
      format: { type: 'string', default: 'table' },
      sensitivity: { type: 'string', default: 'normal' },
    },
    true,
  );
  const format = oneOf('format', values.format, FORMATS);
  const sensitivity = oneOf('sensitivity', values.sensitivity, SENSITIVITIES);
  if (positionals.length === 0) throw new UsageError('scan: missing FILE_OR_URL (try --help)');
  positionals.forEach(checkReadable);
  const index = buildScanIndex(values.bundle);
  await scanAll(index, positionals, format, sensitivity);
}

function buildScanIndex(bundleFile: string | undefined): ScanIndex {
  const bundle = loadBundle(bundleFile);
  try {
    return indexBundle(bundle);
  } catch (e) {
    // The engine refuses parameters it does not implement (e.g. an unknown hash function).
    throw new UsageError(
      `invalid bundle ${bundleFile ?? '(built-in)'}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

async function scanAll(
  index: ScanIndex,
  inputs: string[],
  format: Format,
  sensitivity: Sensitivity,
): Promise<void> {
  const progress = progressLine(inputs.length);
  try {
    for (const [i, input] of inputs.entries()) {
      progress.update(i, input);
      const report = await scanInput(index, input, sensitivity);
      progress.clear();
      // The table's header comes with the first row, so a failing first input prints nothing.
      if (format === 'table' && i === 0) process.stdout.write(`${tableHeader(inputs)}\n`);
      process.stdout.write(`${format === 'json' ? jsonLine(report) : tableRow(report, inputs)}\n`);
    }
  } finally {
    progress.clear();
  }
}

/** Files are checked before any output: a typo in the 100th path should not cost 99 scans. */
function checkReadable(input: string): void {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return;
  try {
    accessSync(input, constants.R_OK);
  } catch (e) {
    const code =
      e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : 'unreadable';
    throw new UsageError(`cannot read ${input} (${code})`);
  }
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new UsageError(
      `scan: --${flag} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`,
    );
  }
  return found;
}
