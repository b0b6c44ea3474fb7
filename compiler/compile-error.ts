// The one error type of the rules compiler: it always names where the problem is (file, line,
// field) and what was expected, in a single line fit for a terminal or a failed build.
import { isAbsolute, relative } from 'node:path';

export interface ErrorLocation {
  /** The file, as given (relative paths stay relative so messages stay short). */
  file: string;
  /** 1-based line; absent when the problem concerns the file as a whole. */
  line?: number;
  /** The field's path in the file, e.g. `documents[1].aliases[0]`. */
  field?: string;
}

export class CompileError extends Error {
  override readonly name = 'CompileError';
  readonly location: ErrorLocation;
  readonly detail: string;

  constructor(location: ErrorLocation, detail: string) {
    super(formatLocated(location, detail));
    this.location = location;
    this.detail = detail;
  }
}

/** `file:line: field: detail`, on one line whatever the detail contains. */
export function formatLocated(location: ErrorLocation, detail: string): string {
  const where = location.line === undefined ? location.file : `${location.file}:${location.line}`;
  const field = location.field ? ` ${location.field}:` : '';
  return `${where}:${field} ${detail.replace(/\s*\n\s*/g, ' ')}`;
}

/** Renders a path such as ['documents', 1, 'id'] as `documents[1].id`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Paths under the working directory are shown relative, so messages stay short and stable. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
