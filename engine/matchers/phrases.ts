// Phrase matcher: short distinctive passages of a document, found fuzzily. A cheap prefilter
// (an inverted index from each phrase's rarest words to the phrase) picks candidate windows of
// the page; only those windows go to fuse.js, which tolerates typos and spacing changes.
import Fuse from 'fuse.js';
import type { AnalyzedText } from '../analyze';
import { joinedWords, wordsToRaw } from '../analyze';
import { normalizeText } from '../normalize';
import type { Thresholds } from '../thresholds';
import { NOT_CONTENT, tokenize } from '../tokenize';

/** Phrases shorter than this are never indexed, whatever the sensitivity. */
const MIN_INDEXED_WORDS = 3;
/** Anchor words per phrase: two must agree on a window, so typos in two still leave two. */
const ANCHORS = 4;
/** Per-chunk fuse.js threshold; the averaged score is then held to `phraseMaxScore`. */
const FUSE_CHUNK_THRESHOLD = 0.5;

export interface PhraseSource {
  leak: number;
  document: string;
  text: string;
}

interface Phrase {
  readonly leak: number;
  readonly document: string;
  /** Normalized words joined by single spaces: the fuse.js pattern. */
  readonly pattern: string;
  readonly words: Uint32Array;
  /** The distinct word hashes, for the cheap coverage check that comes before fuse.js. */
  readonly wordSet: ReadonlySet<number>;
}

export interface PhraseIndex {
  readonly phrases: readonly Phrase[];
  /** Anchor word hash → flat pairs [phrase number, word position in the phrase, ...]. */
  readonly anchors: ReadonlyMap<number, readonly number[]>;
  /** Number of anchors of each phrase. */
  readonly anchorCounts: Uint8Array;
}

export interface PhraseHit {
  readonly leak: number;
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly matchedWords: number;
  readonly contentWords: number;
}

export function buildPhraseIndex(sources: readonly PhraseSource[]): PhraseIndex {
  const phrases: Phrase[] = [];
  const flags: Uint8Array[] = [];
  for (const s of sources) {
    const norm = normalizeText(s.text);
    const tokens = tokenize(norm);
    if (tokens.count < MIN_INDEXED_WORDS) continue;
    const words: string[] = [];
    for (let i = 0; i < tokens.count; i++)
      words.push(norm.text.slice(tokens.starts[i], tokens.ends[i]));
    phrases.push({
      leak: s.leak,
      document: s.document,
      pattern: words.join(' '),
      words: tokens.hashes,
      wordSet: new Set(tokens.hashes),
    });
    flags.push(tokens.flags);
  }
  return { phrases, ...anchorIndex(phrases, flags) };
}

/**
 * Picks each phrase's rarest content words: fewest phrases using them, then the longest (long
 * words are rarer in running text, so they make fewer candidate windows on pages).
 */
function anchorIndex(phrases: readonly Phrase[], flags: readonly Uint8Array[]) {
  const frequency = new Map<number, number>();
  for (const p of phrases)
    for (const h of new Set(p.words)) frequency.set(h, (frequency.get(h) ?? 0) + 1);
  const anchors = new Map<number, number[]>();
  const anchorCounts = new Uint8Array(phrases.length);
  phrases.forEach((p, n) => {
    const positions = [...p.words.keys()].filter((i) => !(flags[n]![i]! & NOT_CONTENT));
    const words = p.pattern.split(' ');
    positions.sort(
      (a, b) =>
        frequency.get(p.words[a]!)! - frequency.get(p.words[b]!)! ||
        words[b]!.length - words[a]!.length ||
        a - b,
    );
    const seen = new Set<number>();
    for (const i of positions) {
      const h = p.words[i]!;
      if (seen.has(h)) continue;
      seen.add(h);
      const list = anchors.get(h) ?? [];
      list.push(n, i);
      anchors.set(h, list);
      if (seen.size >= ANCHORS) break;
    }
    anchorCounts[n] = seen.size;
  });
  return { anchors, anchorCounts };
}

/** Finds the phrases present on the page under the given thresholds. */
export function matchPhrases(text: AnalyzedText, index: PhraseIndex, t: Thresholds): PhraseHit[] {
  const candidates = candidateWindows(text, index, t);
  const hits: PhraseHit[] = [];
  for (const [n, starts] of candidates) {
    hits.push(...confirm(text, index.phrases[n]!, starts, t));
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Slack in words around a window: spacing changes and small insertions shift words. */
function slack(words: number): number {
  return Math.max(1, Math.ceil(words / 5));
}

/** A proposed window: phrase number, its first word on the page, and how many anchors agree. */
interface Candidate {
  readonly phrase: number;
  readonly start: number;
  support: number;
}

/**
 * Phrase number → first-word positions of its candidate windows on the page. A window of a phrase
 * with three or more anchors needs two of them to agree on it: one common word alone proposes
 * nothing. Phrases with fewer anchors need one.
 */
function candidateWindows(text: AnalyzedText, index: PhraseIndex, t: Thresholds) {
  const { hashes, count } = text.tokens;
  const all: Candidate[] = [];
  // Latest candidate per phrase: anchors of one occurrence arrive close together.
  const latest = new Map<number, Candidate>();
  for (let w = 0; w < count; w++) {
    const pairs = index.anchors.get(hashes[w]!);
    if (pairs === undefined) continue;
    for (let i = 0; i < pairs.length; i += 2) {
      const n = pairs[i]!;
      if (index.phrases[n]!.words.length < t.phraseMinWords) continue;
      const start = w - pairs[i + 1]!;
      const previous = latest.get(n);
      if (previous && Math.abs(previous.start - start) <= slack(index.phrases[n]!.words.length)) {
        previous.support++;
        continue;
      }
      const candidate = { phrase: n, start, support: 1 };
      all.push(candidate);
      latest.set(n, candidate);
    }
  }
  const out = new Map<number, number[]>();
  for (const c of all) {
    if (c.support < (index.anchorCounts[c.phrase]! >= 3 ? 2 : 1)) continue;
    out.set(c.phrase, [...(out.get(c.phrase) ?? []), c.start]);
  }
  return out;
}

/**
 * Confirms candidate windows of one phrase. First the cheap check: enough of the phrase's words
 * must appear exactly in the window; only the windows that pass go to fuse.js, which checks the
 * words are in order and the rest differ by little (typos, spacing, punctuation).
 */
function confirm(text: AnalyzedText, phrase: Phrase, starts: readonly number[], t: Thresholds) {
  const n = phrase.words.length;
  const pad = slack(n);
  const windows: { hit: PhraseHit; joined: string }[] = [];
  for (const s of starts) {
    const first = Math.max(0, s - pad);
    const last = Math.min(text.tokens.count - 1, s + n - 1 + pad);
    const hit = coverage(text, phrase, first, last, t);
    if (hit) windows.push({ hit, joined: joinedWords(text, first, last) });
  }
  if (windows.length === 0) return [];
  const fuse = new Fuse(
    windows.map((w) => w.joined),
    {
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      isCaseSensitive: true,
      shouldSort: false,
      threshold: FUSE_CHUNK_THRESHOLD,
    },
  );
  return fuse
    .search(phrase.pattern)
    .filter((r) => (r.score ?? 1) <= t.phraseMaxScore)
    .map((r) => windows[r.refIndex]!.hit);
}

/** The window's words that belong to the phrase; null when too few of them do. */
function coverage(
  text: AnalyzedText,
  phrase: Phrase,
  first: number,
  last: number,
  t: Thresholds,
): PhraseHit | null {
  const { hashes, flags } = text.tokens;
  // Count first, allocation-free: most candidate windows fail here.
  let present = 0;
  for (let w = first; w <= last; w++) if (phrase.wordSet.has(hashes[w]!)) present++;
  if (present < t.phraseCoverage * phrase.wordSet.size) return null;
  const found = new Set<number>();
  let from = -1;
  let to = -1;
  let content = 0;
  for (let w = first; w <= last; w++) {
    const h = hashes[w]!;
    if (!phrase.wordSet.has(h)) continue;
    if (from < 0) from = w;
    to = w;
    if (!found.has(h)) content += flags[w]! & NOT_CONTENT ? 0 : 1;
    found.add(h);
  }
  if (found.size < t.phraseCoverage * phrase.wordSet.size) return null;
  const [start, end] = wordsToRaw(text, from, to);
  const { leak, document } = phrase;
  return { leak, document, start, end, matchedWords: found.size, contentWords: content };
}
