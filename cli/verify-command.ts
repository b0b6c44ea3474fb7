// `leaklens verify --pub FILE.pub [--sig FILE] BUNDLE.json`: would the extension accept this
// file's signature and contents? Exit 0 valid, 1 invalid (one line why), 2 bad input.
import { checkBundleBytes } from './bundle-check';
import { parseFlags, required } from './parse-flags';
import { onlyBundle } from './sign-command';
import { readBytes, readPublicKey, readText, verifyBytes } from './signing-keys';

export const EXIT_INVALID = 1;

export async function verifyCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseFlags(
    'verify',
    args,
    { pub: { type: 'string' }, sig: { type: 'string' } },
    true,
  );
  const pubFile = required('verify', 'pub', values.pub);
  const file = onlyBundle('verify', positionals);
  const sigFile = values.sig ?? `${file}.sig`;
  const key = await readPublicKey(pubFile);
  const bytes = readBytes(file, 'bundle');
  const signature = readText(sigFile, 'signature');
  if (!(await verifyBytes(key, bytes, signature))) {
    return invalid(`${file}: the signature in ${sigFile} does not verify with ${pubFile}`);
  }
  const checked = checkBundleBytes(bytes);
  if (!checked.ok)
    return invalid(`${file}: signed, but the extension would refuse it: ${checked.reason}`);
  const { id, version } = checked.bundle;
  process.stdout.write(`valid: ${file} (bundle ${id} v${version}) is signed by ${pubFile}\n`);
}

/** An invalid file is an answer, not an input error: exit 1 with one line. */
function invalid(message: string): void {
  process.stderr.write(`leaklens: invalid: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = EXIT_INVALID;
}
