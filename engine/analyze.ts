// One page text prepared for the matchers: normalized once, tokenized once, shingled once, with
// helpers to turn word ranges back into raw [start, end) ranges of PageText.text.
import type { EngineParams } from './bundle';
import { shingles, type Shingles } from './fingerprints';
import { normalizeText, rawRange, type NormalizedText } from './normalize';
import { NOT_CONTENT, tokenize, type Tokens } from './tokenize';
import type { PageText } from './types';

export interface AnalyzedText {
  readonly page: PageText;
  readonly norm: NormalizedText;
  readonly tokens: Tokens;
  readonly shingles: Shingles;
  /** contentPrefix[i]: number of content words (neither FILLER nor STOCK) among words [0, i). */
  readonly contentPrefix: Uint32Array;
}

export function analyze(page: PageText, params: EngineParams): AnalyzedText {
  const norm = normalizeText(page.text);
  const tokens = tokenize(norm);
  const contentPrefix = new Uint32Array(tokens.count + 1);
  for (let i = 0; i < tokens.count; i++) {
    contentPrefix[i + 1] = contentPrefix[i]! + (tokens.flags[i]! & NOT_CONTENT ? 0 : 1);
  }
  return { page, norm, tokens, shingles: shingles(tokens, params), contentPrefix };
}

/** Raw [start, end) of the words [first, last] (inclusive). */
export function wordsToRaw(text: AnalyzedText, first: number, last: number): [number, number] {
  return rawRange(text.norm, text.tokens.starts[first]!, text.tokens.ends[last]!);
}

/** Number of content (non-filler) words among words [first, last]. */
export function contentWords(text: AnalyzedText, first: number, last: number): number {
  return text.contentPrefix[last + 1]! - text.contentPrefix[first]!;
}

/** The normalized words [first, last] joined by single spaces (for fuzzy comparison). */
export function joinedWords(text: AnalyzedText, first: number, last: number): string {
  const parts: string[] = [];
  for (let w = first; w <= last; w++) {
    parts.push(text.norm.text.slice(text.tokens.starts[w], text.tokens.ends[w]));
  }
  return parts.join(' ');
}
