// Fingerprint matcher: the page's shingle hashes looked up in the bundle's hash index; hits of one
// document are merged across small gaps (typos, dropped, inserted or reordered words) into passages.
import type { AnalyzedText } from '../analyze';
import { contentWords, wordsToRaw } from '../analyze';
import { documentsAt, findHash, type HashIndex } from '../hash-index';
import { maybePresent } from '../presence-bits';

/** A run of shingle hits of one document, in words of the page. */
export interface FingerprintRun {
  /** Document number in the hash index. */
  readonly doc: number;
  readonly start: number;
  readonly end: number;
  /** Page words covered by matching shingles. */
  readonly matchedWords: number;
  /** Of those, words that are not filler (stop words, numbers, single characters). */
  readonly contentWords: number;
}

/**
 * Most page words between two matched stretches of one passage. A changed or inserted word leaves
 * one uncovered word (its k shingles are lost but the words on both sides stay covered); a dropped
 * word or a sentence boundary after reordering leaves none. Three allows two nearby typos. Measured
 * in uncovered words rather than shingles, so that short common fragments a few words apart (each
 * too short to count) are not chained into one long passage.
 */
export const MAX_UNCOVERED_WORDS = 3;

/** Fewest covered words for a run to be reported at all; scoring applies the real thresholds. */
export function minRunWords(k: number): number {
  return k + 3;
}

/**
 * Every reported run holds at least this many consecutive covered words (three consecutive
 * shingles). A 15-word quote with one change anywhere keeps a 7-word stretch (k = 5); two
 * unrelated common fragments of 5 and 6 words next to each other do not.
 */
export function minStretchWords(k: number): number {
  return k + 2;
}

interface OpenRun {
  first: number;
  lastHit: number;
  coveredEnd: number;
  /** First word of the current stretch of consecutive covered words, and the longest so far. */
  stretchStart: number;
  longestStretch: number;
  matched: number;
  content: number;
}

/** Finds runs for every document of the index in one pass over the page's shingles. */
export function matchFingerprints(
  text: AnalyzedText,
  index: HashIndex,
  k: number,
): FingerprintRun[] {
  const runs: FingerprintRun[] = [];
  const open = new Map<number, OpenRun>();
  const { hashes, informative, count } = text.shingles;
  // Most shingles are in no document: the presence bits set those aside in one tight pass first.
  for (const p of maybePresent(index.presence, hashes, informative, count)) {
    const at = findHash(index, hashes[p]!);
    if (at < 0) continue;
    documentsAt(index, at, (doc) => {
      const run = open.get(doc);
      if (run && p - run.coveredEnd <= MAX_UNCOVERED_WORDS) extend(text, run, p, k);
      else {
        if (run) close(text, doc, run, k, runs);
        open.set(doc, {
          first: p,
          lastHit: p,
          coveredEnd: p,
          stretchStart: p,
          longestStretch: 0,
          matched: 0,
          content: 0,
        });
        extend(text, open.get(doc)!, p, k);
      }
    });
  }
  for (const [doc, run] of open) close(text, doc, run, k, runs);
  return runs.sort((a, b) => a.start - b.start || a.doc - b.doc);
}

/** Adds the words of shingle `p` not yet covered. */
function extend(text: AnalyzedText, run: OpenRun, p: number, k: number): void {
  if (p > run.coveredEnd) run.stretchStart = p;
  const from = Math.max(run.coveredEnd, p);
  const to = p + k; // exclusive
  if (to > from) {
    run.matched += to - from;
    run.content += contentWords(text, from, to - 1);
  }
  run.coveredEnd = Math.max(run.coveredEnd, to);
  run.longestStretch = Math.max(run.longestStretch, run.coveredEnd - run.stretchStart);
  run.lastHit = p;
}

function close(text: AnalyzedText, doc: number, run: OpenRun, k: number, out: FingerprintRun[]) {
  if (run.matched < minRunWords(k) || run.longestStretch < minStretchWords(k)) return;
  const [start, end] = wordsToRaw(text, run.first, run.lastHit + k - 1);
  out.push({ doc, start, end, matchedWords: run.matched, contentWords: run.content });
}
