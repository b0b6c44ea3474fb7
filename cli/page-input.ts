// Reads one scan input into the engine's PageText: HTML files through linkedom and the engine's
// own extraction (as in the extension), .txt files as plain text, http(s) URLs fetched.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPageText, plainTextPage } from '../engine/index';
import type { PageText } from '../engine/types';
import { UsageError } from './usage-error';

const FETCH_TIMEOUT_MS = 20_000;
const PLAIN_TEXT_EXTENSIONS = new Set(['.txt', '.text']);

export async function readPageInput(input: string): Promise<PageText> {
  if (/^https?:\/\//i.test(input)) return fetchPage(input);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new UsageError(`${input}: only files and http(s) URLs can be scanned`);
  }
  let content: string;
  try {
    content = await readFile(input, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${input} (${errorCode(e)})`);
  }
  return PLAIN_TEXT_EXTENSIONS.has(extname(input).toLowerCase())
    ? plainTextPage(content)
    : htmlPage(content);
}

/** Parses HTML with linkedom; `baseUrl` resolves relative links (linkedom has no base URI). */
export function htmlPage(html: string, baseUrl?: string): PageText {
  const { document } = parseHTML(html);
  return extractPageText(document.documentElement, baseUrl === undefined ? {} : { baseUrl });
}

async function fetchPage(url: string): Promise<PageText> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
    });
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : 'network error';
    throw new UsageError(`cannot fetch ${url} (${why})`);
  }
  if (!response.ok) throw new UsageError(`cannot fetch ${url} (HTTP ${response.status})`);
  const body = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return /^text\/plain\b/i.test(type) ? plainTextPage(body) : htmlPage(body, response.url || url);
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return 'unreadable';
}
