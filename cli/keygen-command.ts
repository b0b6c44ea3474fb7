// `leaklens keygen --out PREFIX`: a new Ed25519 key pair for signing bundle updates. PREFIX.key is
// the private key (mode 0600, keep it offline); PREFIX.pub goes to rules/update-key.pub.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseFlags, required } from './parse-flags';
import { generateKeyFiles } from './signing-keys';
import { UsageError } from './usage-error';

export async function keygenCommand(args: string[]): Promise<void> {
  const { values } = parseFlags('keygen', args, { out: { type: 'string' } }, false);
  const prefix = required('keygen', 'out', values.out);
  const keys = await generateKeyFiles();
  // The private key first, created with its final mode: it is never readable by others.
  writeNew(`${prefix}.key`, `${keys.privateKey}\n`, 0o600);
  writeNew(`${prefix}.pub`, `${keys.publicKey}\n`, 0o644);
  process.stdout.write(
    `wrote ${prefix}.key (private: keep it offline, never commit it) and ${prefix}.pub\n`,
  );
}

/** Writes a file that must not exist yet: an existing key is never overwritten. */
function writeNew(file: string, text: string, mode: number): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { mode, flag: 'wx' });
  } catch (e) {
    const exists = e instanceof Error && 'code' in e && e.code === 'EEXIST';
    throw new UsageError(
      exists ? `${file} already exists: refusing to overwrite a key` : `cannot write ${file}`,
    );
  }
}
