// Build embedding of the bundle-update trust anchor: the vite plugin that provides
// `virtual:leaklens-update-key`, the Ed25519 public key from rules/update-key.pub (or LEAKLENS_UPDATE_KEY).
/// <reference path="./virtual-leaklens-update-key.d.ts" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const VIRTUAL_UPDATE_KEY_ID = 'virtual:leaklens-update-key';
// The \0 prefix is the rollup convention that keeps other plugins off a virtual module.
const RESOLVED_ID = `\0${VIRTUAL_UPDATE_KEY_ID}`;
export const DEFAULT_UPDATE_KEY_FILE = fileURLToPath(
  new URL('../rules/update-key.pub', import.meta.url),
);

/** Length of a raw Ed25519 public key. */
const PUBLIC_KEY_BYTES = 32;

export interface UpdateKeyOptions {
  /** Defaults to process.env (LEAKLENS_UPDATE_KEY, LEAKLENS_UPDATE_ALLOW_HTTP_LOOPBACK). */
  env?: NodeJS.ProcessEnv;
}

export interface UpdateKeyModule {
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
  /** Test builds only: also accept http://127.0.0.1 / localhost update URLs. */
  allowHttpLoopback: boolean;
}

/** Reads and checks a .pub file; throws an Error with a one-line reason naming the file. */
export function readUpdateKey(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`cannot read the update key ${file}`);
  }
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (bytes.length !== PUBLIC_KEY_BYTES) {
    throw new Error(
      `${file}: expected base64 of a raw ${PUBLIC_KEY_BYTES}-byte Ed25519 public key`,
    );
  }
  return bytes.toString('base64');
}

export function updateKeyModule(env: NodeJS.ProcessEnv): UpdateKeyModule {
  return {
    publicKey: readUpdateKey(env.LEAKLENS_UPDATE_KEY || DEFAULT_UPDATE_KEY_FILE),
    allowHttpLoopback: env.LEAKLENS_UPDATE_ALLOW_HTTP_LOOPBACK === '1',
  };
}

export function leaklensUpdateKey(options: UpdateKeyOptions = {}): Plugin {
  const env = options.env ?? process.env;
  return {
    name: 'leaklens-update-key',
    resolveId(id) {
      return id === VIRTUAL_UPDATE_KEY_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let module: UpdateKeyModule;
      try {
        module = updateKeyModule(env);
      } catch (e) {
        // One line, no stack: the message names the file and what was expected.
        this.error(`LeakLens update key: ${e instanceof Error ? e.message : String(e)}`);
      }
      this.addWatchFile(env.LEAKLENS_UPDATE_KEY || DEFAULT_UPDATE_KEY_FILE);
      return (
        `export const publicKey = ${JSON.stringify(module.publicKey)};\n` +
        `export const allowHttpLoopback = ${JSON.stringify(module.allowHttpLoopback)};\n`
      );
    },
  };
}
