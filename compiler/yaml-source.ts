// Loads one YAML file and keeps its parse tree, so that any problem found later (by the schema or
// a cross-file check) can be reported at the line of the offending field.
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { CompileError } from './compile-error';

export interface YamlSource {
  /** The file as it will appear in messages. */
  file: string;
  /** The plain data (maps, lists, strings, numbers, booleans, null). */
  data: unknown;
  /** The 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Reads and parses `path`; bad YAML (syntax, duplicate keys) throws a located CompileError. */
export function loadYamlFile(path: string, displayName: string = path): YamlSource {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CompileError({ file: displayName }, `cannot read the file (${errorCode(e)})`);
  }
  return parseYamlText(content, displayName);
}

/** Parses YAML text (exposed for tests and for the loader above). */
export function parseYamlText(content: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
    throw new CompileError({ file, line }, `not valid YAML: ${firstLine(first.message)}`);
  }
  const lineOf = (path: readonly PropertyKey[]) => lineCounter.linePos(offsetOf(doc, path)).line;
  return { file, data: doc.toJS({ maxAliasCount: 100 }) as unknown, lineOf };
}

/** Walks the parse tree along `path` as far as it exists and returns that node's start offset. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    const next = childOf(node, key);
    if (!next) break;
    offset = next.offset ?? offset;
    node = next.node;
  }
  return offset;
}

/** The child at `key` and where to point at it: the value, or the key when the value is empty. */
function childOf(node: unknown, key: PropertyKey): { node: unknown; offset?: number } | undefined {
  if (isSeq(node) && typeof key === 'number') {
    const item: unknown = node.items[key];
    return item === undefined ? undefined : { node: item, offset: rangeStart(item) };
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    if (!pair) return undefined;
    const valueStart =
      isScalar(pair.value) && pair.value.value === null ? undefined : rangeStart(pair.value);
    return { node: pair.value, offset: valueStart ?? rangeStart(pair.key) };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    return range?.[0];
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return 'unreadable';
}
