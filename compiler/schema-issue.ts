// Turns the first zod issue of a failed source validation into a located CompileError:
// the file, the line of the field, the field's path, and what was expected.
import type { z } from 'zod';
import { CompileError, formatFieldPath } from './compile-error';
import type { YamlSource } from './yaml-source';

/** Validates `source.data` against `schema`; returns the parsed value or throws CompileError. */
export function validateSource<S extends z.ZodType>(schema: S, source: YamlSource): z.output<S> {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new CompileError({ file: source.file }, 'invalid content');
  throw issueError(issue, source);
}

function issueError(issue: z.core.$ZodIssue, source: YamlSource): CompileError {
  // An unknown key is reported at the key itself, not at the map that holds it.
  const path =
    issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
      ? [...issue.path, issue.keys[0]]
      : issue.path;
  const field = formatFieldPath(path) || undefined;
  return new CompileError(
    { file: source.file, line: source.lineOf(path), field },
    describe(issue, source.data),
  );
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    return `unknown field ${names} (check the spelling; rules/README.md lists every field)`;
  }
  const value = valueAt(data, issue.path);
  if (value === undefined || value === null) {
    if (issue.path.length === 0) return 'the file is empty: expected a map of fields';
    return `missing required field: ${issue.message}`;
  }
  if (issue.code === 'invalid_type' || issue.code === 'custom' || issue.code === 'invalid_format') {
    return `${issue.message}, found ${preview(value)}`;
  }
  return issue.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A short rendering of an offending value for the message. */
function preview(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a map';
  const s = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
