// Mention matcher: names of a leak (its title, the operation and actors, its documents' titles and
// aliases) found as whole word sequences through a dictionary keyed by each name's first word.
import type { AnalyzedText } from '../analyze';
import { wordsToRaw } from '../analyze';
import { normalizeText } from '../normalize';
import { FILLER, tokenize } from '../tokenize';

export interface NameSource {
  leak: number;
  /** The document the name designates, if any. */
  document?: string;
  name: string;
  /** Declared weak (weakMentions). Lower-case-only names are treated as weak anyway. */
  weak: boolean;
}

interface Name {
  readonly leak: number;
  readonly document?: string;
  readonly name: string;
  readonly weak: boolean;
  readonly words: Uint32Array;
}

export interface MentionIndex {
  /** First word hash → names starting with it, longest first. */
  readonly byFirstWord: ReadonlyMap<number, readonly Name[]>;
}

export interface MentionHit {
  readonly leak: number;
  readonly document?: string;
  readonly name: string;
  readonly weak: boolean;
  readonly start: number;
  readonly end: number;
}

/**
 * A name in lower case only ("hack", "campaign", "hack-and-leak") is a common word, not a proper
 * name: it is only ever a weak signal, whatever list it came from.
 */
export function isCommonWordName(name: string): boolean {
  return !/[\p{Lu}\p{Lt}\p{N}]/u.test(name);
}

export function buildMentionIndex(sources: readonly NameSource[]): MentionIndex {
  const byFirstWord = new Map<number, Name[]>();
  for (const s of sources) {
    const tokens = tokenize(normalizeText(s.name));
    // A name of filler words only ("The", "2024") would match everywhere: never index it.
    if (tokens.count === 0 || tokens.flags.every((f) => (f & FILLER) !== 0)) continue;
    const entry: Name = {
      leak: s.leak,
      document: s.document,
      name: s.name,
      weak: s.weak || isCommonWordName(s.name),
      words: tokens.hashes,
    };
    const list = byFirstWord.get(entry.words[0]!) ?? [];
    list.push(entry);
    byFirstWord.set(entry.words[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/** Finds names; at each position the longest names win and matching resumes after them. */
export function matchMentions(text: AnalyzedText, index: MentionIndex): MentionHit[] {
  const hits: MentionHit[] = [];
  const { hashes, count } = text.tokens;
  let w = 0;
  while (w < count) {
    const names = index.byFirstWord.get(hashes[w]!);
    let longest = 0;
    for (const name of names ?? []) {
      if (longest > 0 && name.words.length < longest) break;
      if (!wordsAt(hashes, count, w, name.words)) continue;
      longest = name.words.length;
      const [start, end] = wordsToRaw(text, w, w + longest - 1);
      hits.push({
        leak: name.leak,
        document: name.document,
        name: name.name,
        weak: name.weak,
        start,
        end,
      });
    }
    w += Math.max(1, longest);
  }
  return hits;
}

function wordsAt(hashes: Uint32Array, count: number, at: number, words: Uint32Array): boolean {
  if (at + words.length > count) return false;
  for (let i = 0; i < words.length; i++) if (hashes[at + i] !== words[i]) return false;
  return true;
}
