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
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * `value` when it is a whole page filter (as stored beside a bundle update), else null. Checked
 * without a schema library: the lookout runs this on every page where an update is active.
 */
export function toPageFilter(value: unknown): PageFilter | null {
  if (typeof value !== 'object' || value === null) return null;
  const { always, words, names, anchors, hosts } = value as Record<string, unknown>;
  if (typeof always !== 'boolean' || !isStringArray(words) || !isStringArray(hosts)) return null;
  const isIndex = (i: unknown): i is number =>
    Number.isInteger(i) && (i as number) >= 0 && (i as number) < words.length;
  const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every(isIndex);
  if (!Array.isArray(names) || !names.every(isIndexList) || !isIndexList(anchors)) return null;
  return { always, words, names, anchors, hosts };
}

/** What the engine drops: invisible characters, controls, lone surrogates (u-mode range). */
const INVISIBLE =
  /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u034f\u180e\u200b-\u200d\u2060\ufeff\ud800-\udfff]/gu;
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u02bc`]/g;
const HYPHEN_BREAK = /[-\u2010\u2011][^\S\n\r\u2028\u2029\u0085]*[\n\r\u2028\u2029\u0085]\s*/g;

/**
 * The page text folded as the engine folds it (invisible characters dropped, NFKC, lower case,
 * ß → ss, apostrophes and final sigma unified), plus a copy with line-end hyphenation joined.
 */
export function foldForPrefilter(text: string): string {
  const folded = text
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(/ς/g, 'σ');
  const joined = folded.replace(HYPHEN_BREAK, '');
  return joined === folded ? folded : `${folded}\n${joined}`;
}

/** A character the tokenizer keeps inside a word: letters, digits and marks. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

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
  return WORD_CHAR.test(String.fromCodePoint(code));
}

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
  const { words, names, anchors, hosts } = filter;
  return {
    mightMatch(page) {
      if (page.links.some((l) => hosts.some((h) => l.href.toLowerCase().includes(h)))) return true;
      if (words.length === 0) return false;
      const text = foldForPrefilter(page.text);
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
