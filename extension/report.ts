// Turns an engine result into the report a frame sends to the background: per-leak summaries and
// the passages the popup lists (each with a short quote of the page text, which stays local).
import type { Bundle } from '../engine/bundle';
import type { PageText, Passage, ScanResult, Verdict } from '../engine/types';
import type { BundleInfo, FrameReport, LeakSummary, PassageSummary } from './tab-state';

/** Longest quote kept per passage: enough to recognise it in the popup. */
export const QUOTE_CHARS = 240;

/** Passage kinds that mark page text (links and mentions are reported, not highlighted). */
export const isTextPassage = (p: Passage): boolean =>
  p.kind === 'fingerprint' || p.kind === 'phrase';

export const bundleInfo = (b: Bundle): BundleInfo => ({
  id: b.id,
  version: b.version,
  created: b.created,
});

/**
 * The passages a frame marks, in page order (parts first, then offsets): the popup's indexes.
 * Overlapping passages of one leak (a phrase inside a fingerprint run) become one mark.
 */
export function textPassages(result: ScanResult): Passage[] {
  const sorted = result.leaks
    .flatMap((l) => l.passages.filter(isTextPassage))
    .sort((a, b) => (a.part ?? 0) - (b.part ?? 0) || a.start - b.start);
  const merged: Passage[] = [];
  for (const p of sorted) {
    const last = merged.at(-1);
    if (last && last.leak === p.leak && (last.part ?? 0) === (p.part ?? 0) && p.start < last.end) {
      const longer = p.matchedWords > last.matchedWords ? p : last;
      merged[merged.length - 1] = { ...longer, start: last.start, end: Math.max(last.end, p.end) };
    } else merged.push(p);
  }
  return merged;
}

function quoteOf(page: PageText | undefined, p: Passage): string {
  const raw = (page?.text.slice(p.start, p.end) ?? '').replace(/\s+/g, ' ').trim();
  return raw.length > QUOTE_CHARS ? `${raw.slice(0, QUOTE_CHARS - 1)}…` : raw;
}

/** `pageOf` gives the PageText a passage's offsets refer to (its part's, when merged). */
export function buildReport(
  result: ScanResult,
  pageOf: (p: Passage) => PageText | undefined,
  bundle: BundleInfo,
): FrameReport {
  const verdictOf = new Map<string, Verdict>(result.leaks.map((l) => [l.id, l.verdict]));
  const marked = textPassages(result);
  const passages: PassageSummary[] = marked.map((p, index) => ({
    index,
    leak: p.leak,
    ...(p.document === undefined ? {} : { document: p.document }),
    kind: p.kind,
    verdict: verdictOf.get(p.leak) ?? 'none',
    quote: quoteOf(pageOf(p), p),
    matchedWords: p.matchedWords,
  }));
  const leaks: LeakSummary[] = result.leaks.map((l) => {
    const own = marked.filter((p) => p.leak === l.id);
    const matchedWords = own.reduce((n, p) => n + p.matchedWords, 0);
    return {
      id: l.id,
      verdict: l.verdict,
      documents: l.documents,
      passages: own.length,
      matchedWords,
    };
  });
  return { status: 'scanned', verdict: result.verdict, leaks, passages, bundle };
}

/** A report for a frame that was not scanned (paused site, failure). */
export function emptyReport(
  status: FrameReport['status'],
  bundle: BundleInfo,
  error?: string,
): FrameReport {
  return {
    status,
    verdict: 'none',
    leaks: [],
    passages: [],
    bundle,
    ...(error ? { error } : {}),
  };
}
