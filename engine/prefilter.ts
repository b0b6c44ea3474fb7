// A cheap, exact-by-construction prefilter: before the full pipeline (normalization with offset
// maps, tokenization, every matcher), check with native string operations whether the page can
// hold anything the bundle could match. Most pages hold nothing, and then the engine stops here.
//
// It is a superset test: a page it lets through may still match nothing, but a page it stops
// cannot match, because every matcher needs one of its trigger words, and the folded text below
// holds every word the engine's normalization can produce, as a whole word. Fingerprints and links are not
// prefiltered by words: a bundle with fingerprints always scans, and links are checked directly.
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

const ALWAYS: Prefilter = { mightMatch: () => true };

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

/** What must occur for a mention or a phrase to match, as normalized words. */
interface Triggers {
  /** Per name: words that must all occur (its content words; all of them when it has none). */
  names: string[][];
  /** A phrase is found only through one of its anchor words, which are among these. */
  phraseWords: Set<string>;
}

/**
 * A name matches only as its whole word sequence, so all of its words must occur; checking its
 * content words only is a weaker, still necessary condition (stop words occur everywhere).
 */
function triggers(sources: PrefilterSources): Triggers {
  const names: string[][] = [];
  for (const name of sources.names) {
    const w = words(name);
    // Mirrors the mention index: names of filler words only are never indexed.
    if (w.length === 0 || w.every((x) => x.flags & FILLER)) continue;
    const content = w.filter((x) => !(x.flags & NOT_CONTENT));
    names.push([...new Set((content.length > 0 ? content : w).map((x) => x.word))]);
  }
  const phraseWords = new Set<string>();
  for (const phrase of sources.phrases) {
    for (const w of words(phrase)) if (!(w.flags & NOT_CONTENT)) phraseWords.add(w.word);
  }
  return { names, phraseWords };
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

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildPrefilter(sources: PrefilterSources): Prefilter {
  if (sources.hasFingerprints) return ALWAYS;
  const { names, phraseWords } = triggers(sources);
  const all = [...new Set([...names.flat(), ...phraseWords])];
  if (all.length > MAX_TRIGGERS) return ALWAYS;
  const hosts = linkHosts(sources.urls);
  // Whole words, as the tokenizer cuts them: runs of letters, digits and marks.
  const pattern =
    all.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:${all.map(escape).join('|')})(?![\\p{L}\\p{N}\\p{M}])`,
          'gu',
        );
  return {
    mightMatch(page) {
      if (page.links.some((l) => hosts.some((h) => l.href.toLowerCase().includes(h)))) return true;
      if (pattern === null) return false;
      const present = new Set<string>();
      for (const m of foldForPrefilter(page.text).matchAll(pattern)) present.add(m[0]);
      for (const w of phraseWords) if (present.has(w)) return true;
      return names.some((required) => required.every((w) => present.has(w)));
    },
  };
}
