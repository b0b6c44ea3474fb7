// Scanning: runs every matcher over one PageText, turns their hits into passages (the evidence),
// and scores them; partial results of one page (incremental scanning) merge by rescoring.
import { analyze } from './analyze';
import { plainTextPage } from './extract';
import type { EngineIndex } from './engine-index';
import { matchFingerprints } from './matchers/fingerprints';
import { matchLinks } from './matchers/links';
import { matchMentions } from './matchers/mentions';
import { matchPhrases } from './matchers/phrases';
import { score } from './score';
import { THRESHOLDS, type Thresholds } from './thresholds';
import type { PageText, Passage, ScanResult, Sensitivity } from './types';

export interface ScanOptions {
  /** Defaults to `normal`. */
  sensitivity?: Sensitivity;
}

/** Scans one page (or one increment of a page: a subtree extracted on its own). Never throws. */
export function scan(index: EngineIndex, page: PageText, options: ScanOptions = {}): ScanResult {
  const t = THRESHOLDS[options.sensitivity ?? 'normal'];
  if (!index.prefilter.mightMatch(page)) return score([], index, t);
  return score(findEvidence(index, page, t), index, t);
}

/**
 * Runs every matcher and the scoring once over `text`, past the prefilter, and drops the result:
 * in a fresh JavaScript world the first match of a page runs cold code (compiled on first call,
 * interpreted at first), several times slower than later ones; a caller that slices its work
 * warms the code on a few words in a slice of its own first.
 */
export function warmUp(index: EngineIndex, text: string): void {
  const t = THRESHOLDS.normal;
  score(findEvidence(index, plainTextPage(text), t), index, t);
}

/**
 * Combines the results of scanning several parts of one page (e.g. the first extraction, then
 * blocks added later) into the page's result. Passages keep their offsets within their own part;
 * `part` says which (the position in `results`). Pure: the inputs are not modified.
 */
export function mergeResults(
  index: EngineIndex,
  results: readonly ScanResult[],
  options: ScanOptions = {},
): ScanResult {
  const t = THRESHOLDS[options.sensitivity ?? 'normal'];
  const evidence: Passage[] = [];
  results.forEach((r, part) => {
    const passages = r.evidence ?? r.leaks.flatMap((l) => l.passages);
    for (const p of passages) evidence.push({ ...p, part });
  });
  return score(evidence, index, t);
}

/** Every candidate passage of every matcher, before the verdict thresholds. */
export function findEvidence(index: EngineIndex, page: PageText, t: Thresholds): Passage[] {
  const text = analyze(page, index.params);
  const leakId = (l: number): string => index.leaks[l]!.id;
  const out: Passage[] = [];
  for (const run of matchFingerprints(text, index.hashes, index.params.shingle)) {
    const { leak, document } = index.fingerprintDocuments[run.doc]!;
    const { start, end, matchedWords, contentWords } = run;
    out.push({
      kind: 'fingerprint',
      leak: leakId(leak),
      document,
      start,
      end,
      matchedWords,
      contentWords,
    });
  }
  for (const hit of matchPhrases(text, index.phrases, t)) {
    const { document, start, end, matchedWords, contentWords } = hit;
    out.push({
      kind: 'phrase',
      leak: leakId(hit.leak),
      document,
      start,
      end,
      matchedWords,
      contentWords,
    });
  }
  for (const hit of matchLinks(page.links, index.links)) {
    const { document, start, end } = hit;
    out.push({ kind: 'link', leak: leakId(hit.leak), document, start, end, matchedWords: 0 });
  }
  for (const hit of matchMentions(text, index.mentions)) {
    const { document, start, end, name, weak } = hit;
    const passage: Passage = {
      kind: 'mention',
      leak: leakId(hit.leak),
      start,
      end,
      matchedWords: 0,
    };
    if (document !== undefined) passage.document = document;
    passage.mention = { name, weak };
    out.push(passage);
  }
  return out;
}
