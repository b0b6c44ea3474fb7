// Splits normalized text into words (runs of Unicode letters, digits and marks, joined across an
// inner apostrophe) with their offsets and hashes, in typed arrays (no object per word).
import { wordHash } from './hash';
import type { NormalizedText } from './normalize';
import { stopPhrases } from './stop-phrases';
import { stopWordHashes } from './stopwords';

/** Word flag: a stop word, a number or a single character. Shingles of filler only are skipped. */
export const FILLER = 1;
/**
 * Word flag: part of a common multi-word expression (stop-phrases.ts). Its shingles are still
 * matched, but it is not a content word, so stock phrases alone never make a quote.
 */
export const STOCK = 2;
/** Either flag: the word does not count as a content word. */
export const NOT_CONTENT = FILLER | STOCK;

/** The words of a normalized text; word `i` is `text.slice(starts[i], ends[i])`. */
export interface Tokens {
  readonly count: number;
  /** Offsets in the normalized text. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** `wordHash` of each word's normalized text. */
  readonly hashes: Uint32Array;
  /** Bit set of word flags (`FILLER`, `STOCK`). */
  readonly flags: Uint8Array;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** ASCII word characters: 1 for [0-9a-z] (input is already lower-cased), else 0. */
const ASCII_WORD = ((): Uint8Array => {
  const t = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 1;
  return t;
})();

/**
 * Classifies code units, memoizing non-ASCII BMP units per call so that a regex runs at most once
 * per distinct character (the memo is only allocated for text that needs it).
 */
class WordClass {
  private memo: Map<number, boolean> | null = null;
  isWordUnit(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (c < 0x80) return ASCII_WORD[c] === 1;
    // Surrogates: test the whole code point (letters outside the BMP, e.g. CJK extensions).
    if (c >= 0xd800 && c <= 0xdbff) {
      return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && this.isWordUnit(text, i - 1);
    this.memo ??= new Map();
    let m = this.memo.get(c);
    if (m === undefined) {
      m = WORD_CHAR.test(String.fromCharCode(c));
      this.memo.set(c, m);
    }
    return m;
  }
}

/** Tokenizes a normalized text. */
export function tokenize(norm: NormalizedText): Tokens {
  return tokenizeString(norm.text);
}

/** Tokenizes an already normalized string. */
export function tokenizeString(text: string): Tokens {
  // Words are separated by at least one unit, so there are at most (n + 1) / 2 of them.
  const cap = (text.length >> 1) + 1;
  const starts = new Uint32Array(cap);
  const ends = new Uint32Array(cap);
  let count = 0;
  let i = 0;
  const n = text.length;
  const classes = new WordClass();
  while (i < n) {
    if (!classes.isWordUnit(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, i, classes);
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  // Views, not copies: copying would double the allocation.
  return finishTokens(text, starts.subarray(0, count), ends.subarray(0, count));
}

/** End of the word starting at `i`: word units, and an apostrophe only between word units. */
function wordEnd(text: string, i: number, classes: WordClass): number {
  const n = text.length;
  for (;;) {
    while (i < n && classes.isWordUnit(text, i)) i++;
    if (i + 1 < n && text.charCodeAt(i) === 0x27 && classes.isWordUnit(text, i + 1)) {
      i++;
      continue;
    }
    return i;
  }
}

function finishTokens(text: string, starts: Uint32Array, ends: Uint32Array): Tokens {
  const count = starts.length;
  const hashes = new Uint32Array(count);
  const flags = new Uint8Array(count);
  const stopWords = stopWordHashes();
  for (let t = 0; t < count; t++) {
    const s = starts[t]!;
    const e = ends[t]!;
    const h = wordHash(text, s, e);
    hashes[t] = h;
    if (e - s === 1 || stopWords.has(h) || isNumber(text, s, e)) flags[t] = FILLER;
  }
  markStopPhrases(hashes, flags);
  return { count, starts, ends, hashes, flags };
}

function isNumber(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** First word hash → the stop phrases starting with it. */
let phrasesByFirst: ReadonlyMap<number, readonly Uint32Array[]> | undefined;
function stopPhrasesByFirst(): ReadonlyMap<number, readonly Uint32Array[]> {
  if (phrasesByFirst) return phrasesByFirst;
  const map = new Map<number, Uint32Array[]>();
  for (const p of stopPhrases()) map.set(p[0]!, [...(map.get(p[0]!) ?? []), p]);
  return (phrasesByFirst = map);
}

/** Flags every word inside an occurrence of a stop phrase as STOCK. */
function markStopPhrases(hashes: Uint32Array, flags: Uint8Array): void {
  const byFirst = stopPhrasesByFirst();
  for (let t = 0; t < hashes.length; t++) {
    const candidates = byFirst.get(hashes[t]!);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      if (!phraseAt(hashes, t, phrase)) continue;
      for (let i = t; i < t + phrase.length; i++) flags[i]! |= STOCK;
    }
  }
}

function phraseAt(hashes: Uint32Array, at: number, phrase: Uint32Array): boolean {
  if (at + phrase.length > hashes.length) return false;
  for (let i = 0; i < phrase.length; i++) if (hashes[at + i] !== phrase[i]) return false;
  return true;
}
