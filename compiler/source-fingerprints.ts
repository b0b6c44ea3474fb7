// Turns a document's `source:` text (the maintainer's private copy, under --docs) into the
// bundle's fingerprint hashes with the engine's own shingling; the text itself goes no further.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { EngineParams } from '../engine/bundle';
import { documentFingerprints, documentWordCount } from '../engine/fingerprints';
import { encodeHashes } from '../engine/hash-codec';
import { CompileError, displayPath, type ErrorLocation } from './compile-error';

export interface SourceFingerprints {
  /** `encodeHashes` of the sorted distinct shingle hashes. */
  fingerprints: string;
  /** Words in the source text, as the engine counts them. */
  words: number;
}

/** Reads `docsDir/sourceName` and fingerprints it; `where` locates the `source:` field in errors. */
export function fingerprintSource(
  docsDir: string,
  sourceName: string,
  params: EngineParams,
  where: ErrorLocation,
): SourceFingerprints {
  const text = readSourceText(docsDir, sourceName, where);
  const hashes = documentFingerprints(text, params);
  if (hashes.length === 0) {
    throw new CompileError(
      where,
      `${sourceName} has too few words to fingerprint: expected a document's plain text`,
    );
  }
  return { fingerprints: encodeHashes(hashes), words: documentWordCount(text) };
}

function readSourceText(docsDir: string, sourceName: string, where: ErrorLocation): string {
  const root = resolve(docsDir);
  const path = resolve(join(root, sourceName));
  const rel = relative(root, path);
  // A source must stay inside --docs: the folder is the maintainer's statement of what may be read.
  if (isAbsolute(sourceName) || rel.startsWith('..') || isAbsolute(rel)) {
    throw new CompileError(
      where,
      `expected a file name inside the --docs folder, found ${JSON.stringify(sourceName)}`,
    );
  }
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CompileError(
      where,
      `cannot read ${JSON.stringify(sourceName)} in the --docs folder ${displayPath(docsDir)}`,
    );
  }
}
