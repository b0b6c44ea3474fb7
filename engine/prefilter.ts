// A cheap, exact-by-construction prefilter: before the full pipeline (normalization with offset
// maps, tokenization, every matcher), check with native string operations whether the page can
// hold anything the bundle could match. Most pages hold nothing, and then the engine stops here.
//
// It is a superset test: a page it lets through may still match nothing, but a page it stops
// cannot match, because every matcher needs one of its trigger words, and the folded text below
// holds every word the engine's normalization can produce, as a whole word. Fingerprints and links
// are not prefiltered by words: a bundle with fingerprints always scans, and links are checked
// directly.
//
// The trigger words are data (`PageFilter`, compiled by ./page-filter.ts): the build compiles the
// built-in bundle's once, so a page pays neither for normalizing the bundle's names nor for parsing
// the bundle, and this file imports no code, so the lookout compiles only what it applies.
import { WIDE_PLAIN_RANGES } from './plain-text-class';
import type { PageText } from './types';

export interface Prefilter {
  /** False when the page cannot match anything of the bundle. */
  mightMatch(page: PageText): boolean;
}

/** What a page must hold to be scanned, compiled from a bundle; plain JSON data. */
export interface PageFilter {
  /** Every page is scanned (a bundle with fingerprints, or too many trigger words). */
  always: boolean;
  /** Trigger words, normalized as the engine's indexes see them. */
  words: string[];
  /** Per name: indexes into `words` that must all occur. */
  names: number[][];
  /** Indexes into `words` of phrase anchors: any one of them lets a page through. */
  anchors: number[];
  /** Hosts of the known copies, lower case, without `www.`. */
  hosts: string[];
  /**
   * Whether every word is ASCII letters and digits (`allAsciiWords`), worked out when the filter
   * is compiled: testing the words costs every page's look about a millisecond in a fresh world.
   */
  asciiWords: boolean;
}

/** `make()`, made on the first call and kept. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * `value` when it is a whole page filter (as stored beside a bundle update), else null. Checked
 * without a schema library: the lookout runs this on every page where an update is active.
 */
export function toPageFilter(value: unknown): PageFilter | null {
  if (typeof value !== 'object' || value === null) return null;
  const { always, words, names, anchors, hosts, asciiWords } = value as Record<string, unknown>;
  if (typeof always !== 'boolean' || typeof asciiWords !== 'boolean') return null;
  if (!isStringArray(words) || !isStringArray(hosts)) return null;
  const isIndex = (i: unknown): i is number =>
    Number.isInteger(i) && (i as number) >= 0 && (i as number) < words.length;
  const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every(isIndex);
  if (!Array.isArray(names) || !names.every(isIndexList) || !isIndexList(anchors)) return null;
  return { always, words, names, anchors, hosts, asciiWords };
}

/**
 * What the engine drops: invisible characters, controls, lone surrogates (u-mode range). Built on
 * first use, as the regexes below: a Unicode-mode regex literal costs its script's evaluation even
 * where it never runs (V8 checks the pattern as it compiles the script, building its character
 * sets; the \p{…} classes below cost about 1.4 ms of every page's evaluation in the lookout).
 */
const invisible = lazy(
  () =>
    new RegExp(
      '[\\u0000-\\u0008\\u000e-\\u001f\\u007f\\u00ad\\u034f\\u180e\\u200b-\\u200d\\u2060\\ufeff\\ud800-\\udfff]',
      'gu',
    ),
);
/** The engine's apostrophes, each folded to U+0027. */
const APOSTROPHES = [
  '\u2018',
  '\u2019',
  '\u201a',
  '\u201b',
  '\u2032',
  '\u2035',
  '\u00b4',
  '\u02bc',
  '`',
];
const HYPHEN_BREAK = /[-\u2010\u2011][^\S\n\r\u2028\u2029\u0085]*[\n\r\u2028\u2029\u0085]\s*/g;

/** `text` with every `from` replaced by `to`, by native substring search (no regex to compile). */
const swap = (text: string, from: string, to: string): string =>
  text.includes(from) ? text.replaceAll(from, to) : text;

/**
 * The page text folded as the engine folds it (invisible characters dropped, NFKC, lower case,
 * ß → ss, apostrophes and final sigma unified), plus a copy with line-end hyphenation joined.
 * Single characters are swapped by native substring search rather than by regexes: the lookout
 * runs this once per page in a fresh world, where each regex is compiled before it first runs.
 */
export function foldForPrefilter(text: string): string {
  let folded = swap(text.replace(invisible(), '').normalize('NFKC').toLowerCase(), 'ß', 'ss');
  folded = folded.normalize('NFKC');
  for (const apostrophe of APOSTROPHES) folded = swap(folded, apostrophe, "'");
  return withJoinedBreaks(swap(folded, 'ς', 'σ'));
}

/** The text, plus a copy with line-end hyphenation joined where it has any. */
function withJoinedBreaks(text: string): string {
  const joined = text.replace(HYPHEN_BREAK, '');
  return joined === text ? text : `${text}\n${joined}`;
}

/**
 * Text made only of characters whose fold cannot change where an ASCII word stands whole: ASCII
 * but its controls, Latin-1 letters but ß (NFKC leaves them, lower case keeps them one letter),
 * and common punctuation and symbols that fold to punctuation, or stay (no soft hyphen, nothing
 * NFKC turns into letters, digits or marks). Each is checked in tests/engine/prefilter.test.ts.
 */
export const PLAIN_TEXT =
  /^[\t\n\v\f\r\x20-\x7e\u00a0-\u00a7\u00a9\u00ab\u00ac\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00bf-\u00de\u00e0-\u00ff\u2010-\u2016\u2018-\u2022\u2026\u2032\u2039\u203a\u20ac]*$/;
const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * The text the trigger words are looked for in: lower case alone where the text is plain (or plain
 * in the wider sense of engine/plain-text-class.ts) and the words are ASCII letters and digits
 * (most pages, and the built-in bundle), since the whole fold could then move no word's edges;
 * the whole fold elsewhere. The same answers for every whole-word search of such words, at a
 * fraction of the cost in a fresh world: no normalization, no Unicode-mode regex.
 */
export function textForWords(text: string, asciiWords: boolean): string {
  return asciiWords && (PLAIN_TEXT.test(text) || !notWidePlain().test(text))
    ? withJoinedBreaks(text.toLowerCase())
    : foldForPrefilter(text);
}

/**
 * A character outside engine/plain-text-class.ts: asked only where the text is not plain (a page in
 * another script, or with an arrow or a ▼), which the wider class spares the whole fold, at about
 * half its cost (its test stops at the first character outside; the fold reads the text three
 * times). Not merged into PLAIN_TEXT: its 400 ranges cost plain pages more than PLAIN_TEXT's.
 */
const notWidePlain = lazy(() => new RegExp(`[^${WIDE_PLAIN_RANGES}]`));

/** Whether every word is ASCII letters and digits: what textForWords's shortcut needs. */
export const allAsciiWords = (words: readonly string[]): boolean =>
  words.every((w) => ASCII_WORD.test(w));

/** A character the tokenizer keeps inside a word: letters, digits and marks. */
const wordChar = lazy(() => new RegExp('[\\p{L}\\p{N}\\p{M}]', 'u'));

function isWordCharAt(text: string, i: number): boolean {
  const code = text.codePointAt(i);
  if (code === undefined) return false;
  // ASCII, most of what pages hold, without the regex: its letters and digits are its only word
  // characters (no ASCII code point is a mark).
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a)
    );
  }
  // Latin-1 and General Punctuation, what sits next to words on most pages (nbsp, curly quotes,
  // dashes), also without it: the regex is built only where a word touches anything else.
  if (code < 0x100) return code >= 0xc0 ? code !== 0xd7 && code !== 0xf7 : LATIN1_WORD.has(code);
  if (code >= 0x2000 && code <= 0x206f) return false;
  return wordChar().test(String.fromCodePoint(code));
}

/** The word characters of U+0080–U+00BF: ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_WORD = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/** Whether the character (code point) ending just before `i` is a word character. */
function isWordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return isWordCharAt(text, pair ? i - 2 : i - 1);
}

/**
 * Whether `word` occurs in `text` as a whole word, as the tokenizer cuts them. Native substring
 * search per word: far cheaper than one alternation of all the words over the whole text.
 */
export function hasWholeWord(text: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordCharBefore(text, i) && !isWordCharAt(text, i + word.length)) return true;
  }
  return false;
}

const ALWAYS: Prefilter = { mightMatch: () => true };

export function prefilterOf(filter: PageFilter): Prefilter {
  if (filter.always) return ALWAYS;
  const { words, names, anchors, hosts, asciiWords } = filter;
  return {
    mightMatch(page) {
      if (page.links.some((l) => hosts.some((h) => l.href.toLowerCase().includes(h)))) return true;
      if (words.length === 0) return false;
      const text = textForWords(page.text, asciiWords);
      // Each word is looked for at most once, and only when a name or an anchor still needs it.
      const found = new Map<number, boolean>();
      const has = (w: number): boolean => {
        let f = found.get(w);
        if (f === undefined) found.set(w, (f = hasWholeWord(text, words[w]!)));
        return f;
      };
      return anchors.some(has) || names.some((required) => required.every(has));
    },
  };
}
