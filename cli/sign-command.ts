// `leaklens sign --key FILE.key BUNDLE.json`: writes BUNDLE.json.sig, the Ed25519 signature over
// the file's exact bytes. A bundle the extension would refuse (schema, engine) is not signed.
import { writeFileSync } from 'node:fs';
import { checkBundleBytes } from './bundle-check';
import { parseFlags, required } from './parse-flags';
import { readBytes, readPrivateKey, signBytes } from './signing-keys';
import { UsageError } from './usage-error';

export async function signCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseFlags('sign', args, { key: { type: 'string' } }, true);
  const keyFile = required('sign', 'key', values.key);
  const file = onlyBundle('sign', positionals);
  const bytes = readBytes(file, 'bundle');
  const checked = checkBundleBytes(bytes);
  if (!checked.ok) throw new UsageError(`refusing to sign ${file}: ${checked.reason}`);
  const signature = await signBytes(await readPrivateKey(keyFile), bytes);
  const out = `${file}.sig`;
  try {
    writeFileSync(out, `${signature}\n`);
  } catch {
    throw new UsageError(`cannot write ${out}`);
  }
  const { id, version } = checked.bundle;
  process.stdout.write(
    `wrote ${out}: signature of ${file} (bundle ${id} v${version}, ${bytes.length} bytes)\n`,
  );
}

/** The one BUNDLE.json argument of sign and verify. */
export function onlyBundle(command: string, positionals: string[]): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `${command}: expected one BUNDLE.json, got ${positionals.length} (try --help)`,
    );
  }
  return positionals[0]!;
}
