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
// The trigger words are data (`PageFilter`): the build compiles the built-in bundle's once, so a
// page pays neither for normalizing the bundle's names nor for parsing the bundle (docs/in-page.md).
import type { Bundle } from './bundle';
import { normalizeText } from './normalize';
import { NOT_CONTENT, FILLER, tokenize } from './tokenize';
import type { PageText } from './types';

/** Above this many trigger words the substring tests cost more than they save. */
const MAX_TRIGGERS = 2000;

export interface Prefilter {
  /** False when the page cannot match anything of the bundle. */
  mightMatch(page: PageText): boolean;
}

export interface PrefilterSources {
  names: readonly string[];
  phrases: readonly string[];
  /** Known-copy URL prefixes. */
  urls: readonly string[];
  hasFingerprints: boolean;
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

/** Normalized words of `text`, with their flags, as the engine's own indexes see them. */
function words(text: string): { word: string; flags: number }[] {
  const norm = normalizeText(text);
  const tokens = tokenize(norm);
  const out: { word: string; flags: number }[] = [];
  for (let i = 0; i < tokens.count; i++) {
    out.push({ word: norm.text.slice(tokens.starts[i], tokens.ends[i]), flags: tokens.flags[i]! });
  }
  return out;
}

/** The names, phrases and known copies of a bundle, as the engine's index takes them. */
export function prefilterSources(bundle: Bundle): PrefilterSources {
  const sources = { names: [] as string[], phrases: [] as string[], urls: [] as string[] };
  let hasFingerprints = false;
  for (const leak of bundle.leaks) {
    sources.names.push(leak.title, ...leak.mentions, ...leak.weakMentions);
    for (const doc of leak.documents) {
      sources.names.push(doc.title, ...doc.aliases);
      sources.phrases.push(...doc.phrases);
      sources.urls.push(...doc.urls);
      hasFingerprints ||= doc.fingerprints !== undefined;
    }
  }
  return { ...sources, hasFingerprints };
}

/** The page filter of a bundle: what the build embeds for the built-in one, and stores with an update. */
export const pageFilterOf = (bundle: Bundle): PageFilter =>
  compilePageFilter(prefilterSources(bundle));

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

/** Hosts of the known copies, lower case, without `www.`. */
function linkHosts(urls: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const u of urls) {
    try {
      hosts.add(new URL(u).hostname.toLowerCase().replace(/^www\./, ''));
    } catch {
      // The schema admits only https URLs; an unparsable one cannot match either.
    }
  }
  return [...hosts];
}

/**
 * A name matches only as its whole word sequence, so all of its words must occur; checking its
 * content words only is a weaker, still necessary condition (stop words occur everywhere). A
 * phrase is found only through one of its anchor words, which are among its content words.
 */
export function compilePageFilter(sources: PrefilterSources): PageFilter {
  const all = new Map<string, number>();
  const id = (word: string): number => {
    let i = all.get(word);
    if (i === undefined) all.set(word, (i = all.size));
    return i;
  };
  const names: number[][] = [];
  for (const name of sources.names) {
    const w = words(name);
    // Mirrors the mention index: names of filler words only are never indexed.
    if (w.length === 0 || w.every((x) => x.flags & FILLER)) continue;
    const content = w.filter((x) => !(x.flags & NOT_CONTENT));
    names.push([...new Set((content.length > 0 ? content : w).map((x) => id(x.word)))]);
  }
  const anchors = new Set<number>();
  for (const phrase of sources.phrases) {
    for (const w of words(phrase)) if (!(w.flags & NOT_CONTENT)) anchors.add(id(w.word));
  }
  return {
    always: sources.hasFingerprints || all.size > MAX_TRIGGERS,
    words: [...all.keys()],
    names,
    anchors: [...anchors],
    hosts: linkHosts(sources.urls),
  };
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
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
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

export function buildPrefilter(sources: PrefilterSources): Prefilter {
  return prefilterOf(compilePageFilter(sources));
}
