// Phrase matcher: short distinctive passages of a document, found fuzzily. A cheap prefilter
// (an inverted index from each phrase's rarest words to the phrase) picks candidate windows of
// the page; only those windows go to fuse.js, which tolerates typos and spacing changes.

// fuse.js's basic build: plain fuzzy search, which is all this uses, without extended search and
// logical queries (19 kB minified against 26 kB: the scanner compiles it on every page it loads in).
import Fuse from 'fuse.js/basic';
import type { AnalyzedText } from '../analyze';
import { joinedWords, wordsToRaw } from '../analyze';
import { normalizeText } from '../normalize';
import type { Thresholds } from '../thresholds';
import { FILLER, NOT_CONTENT, tokenize, type Tokens } from '../tokenize';

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
  /**
   * The distinct word hashes, for the cheap coverage check that comes before fuse.js. A typed
   * array rather than a Set: a large bundle has ten thousand phrases, and a Set each weighed on
   * the heap (and on every garbage collection during scans) more than scanning 15 numbers costs.
   */
  readonly distinct: Uint32Array;
}

/**
 * Anchor word hash → the phrases it anchors, as an open-addressing hash table in typed arrays.
 * Every content word of a page is looked up, and a Map keyed by 32-bit hashes (heap numbers, not
 * small integers) cost more than the rest of the phrase matcher. With ten thousand phrases a page
 * makes hundreds of thousands of anchor hits, so each hit reads one entry with all it needs rather
 * than the phrase's own arrays (cache misses, not arithmetic, were the cost).
 */
export interface AnchorTable {
  /** Number of distinct anchor words. */
  readonly size: number;
  /** Slot = top `bits` bits of the multiplicative hash of the word hash. */
  readonly bits: number;
  /**
   * Per slot: [word hash, first entry]; slot s owns entries [slots[2s + 1], slots[2s + 3]), and an
   * empty slot owns none. One extra slot at the end closes the last one.
   */
  readonly slots: Uint32Array;
  /**
   * ENTRY numbers per entry: the phrase number, then its anchor's word position, its word count
   * and the anchors it needs packed in one number (`packEntry`): half the bytes, and the table is
   * read at random for every anchor hit on a page.
   */
  readonly entries: Uint32Array;
}

/** Numbers per anchor table entry. */
const ENTRY = 2;
/** Longest indexed phrase, in words (15 bits in an entry); the bundle format allows ~500. */
const MAX_INDEXED_WORDS = 0x7fff;
/** Numbers per phrase in `WindowScratch.state`: window start, anchors agreeing, order, stamp. */
const STATE = 4;

export interface PhraseIndex {
  readonly phrases: readonly Phrase[];
  readonly anchors: AnchorTable;
  /** Working memory of `candidateWindows`; see `WindowScratch`. */
  readonly scratch: WindowScratch;
}

/**
 * Working memory of `candidateWindows`, four numbers per phrase, reused from page to page:
 * allocating or even zeroing it per page cost more than the matching itself with a large bundle
 * (10 000 phrases: 160 KB cleared 130 times per corpus, and the cache lines it evicts). Each
 * phrase's numbers carry the stamp of the page that wrote them, and a stamp other than the
 * current page's reads as "no window": results never depend on earlier pages.
 */
export interface WindowScratch {
  readonly state: Int32Array;
  /** The current page's stamp (> 0); 0 is never a page's, so a fresh array holds no window. */
  stamp: number;
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
  const tokenized: Tokens[] = [];
  for (const s of sources) {
    const norm = normalizeText(s.text);
    const tokens = tokenize(norm);
    if (tokens.count < MIN_INDEXED_WORDS || tokens.count > MAX_INDEXED_WORDS) continue;
    const words: string[] = [];
    for (let i = 0; i < tokens.count; i++)
      words.push(norm.text.slice(tokens.starts[i], tokens.ends[i]));
    phrases.push({
      leak: s.leak,
      document: s.document,
      pattern: words.join(' '),
      words: tokens.hashes,
      distinct: Uint32Array.from(new Set(tokens.hashes)),
    });
    tokenized.push(tokens);
  }
  const anchors = anchorIndex(phrases, tokenized);
  return { phrases, anchors, scratch: { state: new Int32Array(STATE * phrases.length), stamp: 0 } };
}

/**
 * Picks each phrase's rarest content words: fewest phrases using them, then the longest (long
 * words are rarer in running text, so they make fewer candidate windows on pages).
 */
function anchorIndex(phrases: readonly Phrase[], tokens: readonly Tokens[]) {
  const frequency = new Map<number, number>();
  for (const p of phrases)
    for (const h of p.distinct) frequency.set(h, (frequency.get(h) ?? 0) + 1);
  const anchors = new Map<number, number[]>();
  phrases.forEach((p, n) => {
    const chosen = anchorPositions(p.words, tokens[n]!, frequency);
    // A window of a phrase with three or more anchors needs two of them to agree on it.
    const needed = chosen.length >= 3 ? 2 : 1;
    for (const i of chosen) {
      const entry = [n, packEntry(i, p.words.length, needed)];
      const list = anchors.get(p.words[i]!);
      if (list) list.push(...entry);
      else anchors.set(p.words[i]!, entry);
    }
  });
  return anchorTable(anchors);
}

/** Word position (16 bits), word count (15 bits) and anchors needed (1 or 2: 1 bit) in one number. */
function packEntry(position: number, words: number, needed: number): number {
  return ((position << 16) | (words << 1) | (needed - 1)) >>> 0;
}

/** Positions of the phrase's anchors: up to ANCHORS distinct content words, rarest first. */
function anchorPositions(
  words: Uint32Array,
  tokens: Tokens,
  frequency: ReadonlyMap<number, number>,
): number[] {
  // Sort keys looked up once per word, not once per comparison (10 000 phrases are sorted).
  const uses = words.map((h) => frequency.get(h)!);
  const length = (i: number): number => tokens.ends[i]! - tokens.starts[i]!;
  const positions: number[] = [];
  for (let i = 0; i < words.length; i++) if (!(tokens.flags[i]! & NOT_CONTENT)) positions.push(i);
  positions.sort((a, b) => uses[a]! - uses[b]! || length(b) - length(a) || a - b);
  const chosen: number[] = [];
  const seen: number[] = [];
  for (const i of positions) {
    if (seen.includes(words[i]!)) continue;
    seen.push(words[i]!);
    chosen.push(i);
    if (chosen.length >= ANCHORS) break;
  }
  return chosen;
}

const FILLER_FLAG = FILLER;

/** Fibonacci hashing: the top bits of the product spread nearby word hashes apart. */
function slotOf(hash: number, bits: number): number {
  return bits === 0 ? 0 : Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
}

/** Lays the anchor entry lists out in an open-addressing table at most two-thirds full (a smaller table misses the cache less). */
function anchorTable(lists: ReadonlyMap<number, readonly number[]>): AnchorTable {
  let bits = 1;
  while (1 << bits < lists.size * 1.5) bits++;
  const count = 1 << bits;
  const owner: (readonly number[] | undefined)[] = new Array<undefined>(count);
  const slots = new Uint32Array(2 * count + 2);
  for (const [hash, list] of lists) {
    let s = slotOf(hash, bits);
    while (owner[s] !== undefined) s = (s + 1) & (count - 1);
    slots[2 * s] = hash;
    owner[s] = list;
  }
  for (let s = 0; s < count; s++) {
    slots[2 * s + 3] = slots[2 * s + 1]! + (owner[s]?.length ?? 0) / ENTRY;
  }
  const entries = new Uint32Array(slots[2 * count + 1]! * ENTRY);
  owner.forEach((list, s) => list && entries.set(list, slots[2 * s + 1]! * ENTRY));
  return { size: lists.size, bits, slots, entries };
}

/** The table slot of an anchor word, or -1 when the word is no anchor. */
function findAnchor(table: AnchorTable, hash: number): number {
  const { slots, bits } = table;
  const mask = (1 << bits) - 1;
  for (let s = slotOf(hash, bits); ; s = (s + 1) & mask) {
    if (slots[2 * s + 1] === slots[2 * s + 3]) return -1;
    if (slots[2 * s] === hash) return s;
  }
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

/**
 * Phrase number → first-word positions of its candidate windows on the page. A window of a phrase
 * with three or more anchors needs two of them to agree on it: one common word alone proposes
 * nothing. Phrases with fewer anchors need one.
 *
 * Anchors of one occurrence arrive close together, so each phrase keeps only its latest window
 * (typed arrays indexed by phrase number, no object per proposal: a large bundle makes hundreds of
 * thousands of proposals per page, nearly all of one anchor). Filler words are never anchors.
 */
function candidateWindows(text: AnalyzedText, index: PhraseIndex, t: Thresholds) {
  const { hashes, flags, count } = text.tokens;
  const { anchors } = index;
  const { slots, entries } = anchors;
  const minWords = t.phraseMinWords;
  // Per phrase, interleaved (one cache line): latest window's start, the anchors agreeing on it,
  // its proposal number (to keep the order in which windows were proposed), and the page stamp.
  const state = index.scratch.state;
  const stamp = nextStamp(index.scratch);
  let proposals = 0;
  const kept: { phrase: number; start: number; order: number }[] = [];
  for (let w = 0; w < count; w++) {
    if (flags[w]! & FILLER_FLAG) continue;
    const slot = findAnchor(anchors, hashes[w]!);
    if (slot < 0) continue;
    const end = slots[2 * slot + 3]! * ENTRY;
    for (let e = slots[2 * slot + 1]! * ENTRY; e < end; e += ENTRY) {
      const packed = entries[e + 1]!;
      const words = (packed >>> 1) & MAX_INDEXED_WORDS;
      if (words < minWords) continue;
      const n = entries[e]!;
      const start = w - (packed >>> 16);
      const at = STATE * n;
      if (state[at + 3] === stamp && Math.abs(state[at]! - start) <= slack(words)) {
        state[at + 1] = state[at + 1]! + 1;
      } else {
        state[at] = start;
        state[at + 1] = 1;
        state[at + 2] = proposals++;
        state[at + 3] = stamp;
      }
      if (state[at + 1] === (packed & 1) + 1) {
        kept.push({ phrase: n, start: state[at]!, order: state[at + 2]! });
      }
    }
  }
  return groupByPhrase(kept);
}

/** A stamp no window in the scratch carries yet; clears the array once the stamps run out. */
function nextStamp(scratch: WindowScratch): number {
  if (scratch.stamp >= 0x7fffffff) {
    scratch.state.fill(0);
    scratch.stamp = 0;
  }
  return ++scratch.stamp;
}

/** Kept windows grouped by phrase, phrases in the order their first kept window was proposed. */
function groupByPhrase(kept: { phrase: number; start: number; order: number }[]) {
  kept.sort((a, b) => a.order - b.order);
  const out = new Map<number, number[]>();
  for (const k of kept) {
    const starts = out.get(k.phrase);
    if (starts) starts.push(k.start);
    else out.set(k.phrase, [k.start]);
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
  const { distinct } = phrase;
  for (let w = first; w <= last; w++) if (distinct.includes(hashes[w]!)) present++;
  if (present < t.phraseCoverage * distinct.length) return null;
  const found = new Set<number>();
  let from = -1;
  let to = -1;
  let content = 0;
  for (let w = first; w <= last; w++) {
    const h = hashes[w]!;
    if (!distinct.includes(h)) continue;
    if (from < 0) from = w;
    to = w;
    if (!found.has(h)) content += flags[w]! & NOT_CONTENT ? 0 : 1;
    found.add(h);
  }
  if (found.size < t.phraseCoverage * distinct.length) return null;
  const [start, end] = wordsToRaw(text, from, to);
  const { leak, document } = phrase;
  return { leak, document, start, end, matchedWords: found.size, contentWords: content };
}
