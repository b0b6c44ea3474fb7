// `leaklens build-bundle --rules DIR [--docs DIR] --out FILE`: compile, validate, write, and say
// what was written in one line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileRules } from '../compiler/compile-rules';
import { parseFlags, required } from './parse-flags';
import { UsageError } from './usage-error';

export function buildBundleCommand(args: string[]): void {
  const { values } = parseFlags(
    'build-bundle',
    args,
    { rules: { type: 'string' }, docs: { type: 'string' }, out: { type: 'string' } },
    false,
  );
  const rulesDir = required('build-bundle', 'rules', values.rules);
  const out = required('build-bundle', 'out', values.out);
  const result = compileRules({ rulesDir, docsDir: values.docs });
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.json);
  } catch {
    throw new UsageError(`cannot write ${out}`);
  }
  const { bundle } = result;
  const documents = bundle.leaks.flatMap((l) => l.documents);
  const fingerprinted = documents.filter((d) => d.fingerprints !== undefined).length;
  process.stdout.write(
    `wrote ${out}: bundle ${bundle.id} v${bundle.version}, created ${bundle.created}, ` +
      `${bundle.leaks.length} leak(s), ${documents.length} document(s), ` +
      `${fingerprinted} fingerprinted, ${Buffer.byteLength(result.json)} bytes\n`,
  );
}
