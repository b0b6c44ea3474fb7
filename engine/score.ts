// Turns the evidence (candidate passages of every matcher) into a verdict per leak and per page,
// following the thresholds of the chosen sensitivity (reasons in docs/matching.md).
import type { EngineIndex, LeakInfo } from './engine-index';
import type { Thresholds } from './thresholds';
import { VERDICTS, type LeakResult, type Passage, type ScanResult, type Verdict } from './types';

/** The most severe of the given verdicts (`none` for none). */
export function mostSevere(verdicts: Iterable<Verdict>): Verdict {
  let best = VERDICTS.indexOf('none');
  for (const v of verdicts) best = Math.min(best, VERDICTS.indexOf(v));
  return VERDICTS[best]!;
}

/** Scores all evidence of one page (possibly merged from parts). */
export function score(evidence: readonly Passage[], index: EngineIndex, t: Thresholds): ScanResult {
  const byLeak = new Map<string, Passage[]>();
  for (const p of evidence) {
    const list = byLeak.get(p.leak) ?? [];
    list.push(p);
    byLeak.set(p.leak, list);
  }
  const leaks: LeakResult[] = [];
  for (const info of index.leaks) {
    const result = scoreLeak(info, byLeak.get(info.id) ?? [], t);
    if (result.verdict !== 'none') leaks.push(result);
  }
  leaks.sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
  return { verdict: mostSevere(leaks.map((l) => l.verdict)), leaks, evidence: [...evidence] };
}

function scoreLeak(info: LeakInfo, passages: readonly Passage[], t: Thresholds): LeakResult {
  const republished = republishedDocuments(info, passages, t);
  const kept = passages.filter(
    (p) =>
      (p.kind === 'fingerprint' && (republished.has(p.document ?? '') || isQuote(p, t))) ||
      p.kind === 'phrase' ||
      p.kind === 'link',
  );
  const mentions = passages.filter((p) => p.kind === 'mention');
  const verdict: Verdict =
    republished.size > 0
      ? 'republishes'
      : kept.some((p) => p.kind !== 'link')
        ? 'quotes'
        : kept.length > 0
          ? 'links'
          : discusses(mentions, t)
            ? 'discusses'
            : 'none';
  // Names are shown with any verdict: they explain it, and alone they are the `discusses` case.
  const shown = verdict === 'none' ? [] : [...kept, ...mentions].sort(byPosition);
  const documents = [...new Set(shown.flatMap((p) => (p.document ? [p.document] : [])))];
  return { id: info.id, verdict, documents, passages: shown };
}

function byPosition(a: Passage, b: Passage): number {
  return (a.part ?? 0) - (b.part ?? 0) || a.start - b.start || a.end - b.end;
}

/** A fingerprint passage long and contentful enough to be a quote on its own. */
export function isQuote(p: Passage, t: Thresholds): boolean {
  return (
    p.matchedWords >= t.quoteWords && (p.contentWords ?? p.matchedWords) >= t.quoteContentWords
  );
}

/** Documents whose fingerprint passages add up to a republication. */
function republishedDocuments(info: LeakInfo, passages: readonly Passage[], t: Thresholds) {
  const totals = new Map<string, number>();
  for (const p of passages) {
    if (p.kind !== 'fingerprint' || p.document === undefined) continue;
    totals.set(p.document, (totals.get(p.document) ?? 0) + p.matchedWords);
  }
  const out = new Set<string>();
  for (const [doc, total] of totals) {
    if (total >= republishThreshold(info.documentWords.get(doc), t)) out.add(doc);
  }
  return out;
}

/** `republishWords`, lowered for a short document to a fraction of its length (with a floor). */
export function republishThreshold(documentWords: number | undefined, t: Thresholds): number {
  if (documentWords === undefined) return t.republishWords;
  const fraction = Math.ceil(documentWords * t.republishFraction);
  return Math.min(t.republishWords, Math.max(t.republishMinWords, fraction));
}

/** The `discusses` rule over the leak's name passages (see docs/matching.md). */
export function discusses(mentions: readonly Passage[], t: Thresholds): boolean {
  const strong = new Set<string>();
  const weak = new Set<string>();
  let strongCount = 0;
  for (const p of mentions) {
    if (!p.mention) continue;
    // One entity named two ways counts once: a document by any of its aliases, and an actor
    // however the name is spaced or punctuated ("APT42", "APT 42").
    const key = p.document
      ? `document:${p.document}`
      : p.mention.name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (p.mention.weak) weak.add(key);
    else {
      strong.add(key);
      strongCount++;
    }
  }
  if (strong.size >= t.mentionStrongNames) return true;
  return t.weakNamesCount && strong.size >= 1 && strongCount >= 2 && weak.size >= 1;
}
