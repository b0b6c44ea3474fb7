// Per-tab scan state: what each frame of a tab reported, and the page verdict and badge derived
// from it. Pure functions; the background stores the state (tab-store.ts) and draws the badge.
import { mostSevere } from '../engine/score';
import type { PassageKind, Verdict } from '../engine/types';

export interface BundleInfo {
  id: string;
  version: number;
  created: string;
}

/** One passage as the popup lists it; `quote` is page text and never leaves the browser. */
export interface PassageSummary {
  index: number;
  leak: string;
  document?: string;
  kind: PassageKind;
  verdict: Verdict;
  quote: string;
  matchedWords: number;
}

export interface LeakSummary {
  id: string;
  verdict: Verdict;
  documents: string[];
  passages: number;
  matchedWords: number;
}

/** Why a frame has (or lacks) results. */
export type ScanStatus = 'scanned' | 'paused' | 'budget-exhausted' | 'failed';

export interface FrameReport {
  status: ScanStatus;
  verdict: Verdict;
  leaks: LeakSummary[];
  passages: PassageSummary[];
  bundle: BundleInfo;
  /** A short, user-presentable reason when status is `failed`. */
  error?: string;
  /** Time spent on this frame's scans (ms), for diagnostics and the benchmark. */
  timing?: FrameTiming;
}

export interface FrameTiming {
  /** Whether the scanner ran in the frame; else the lookout's look was all (and found nothing). */
  scanner: boolean;
  extractMs: number;
  matchMs: number;
  /** All of the frame's scan slices: the lookout's look, extraction, matching, marking. */
  totalMs: number;
  longestSliceMs: number;
}

export interface FrameState extends FrameReport {
  frameId: number;
}

export interface TabState {
  tabId: number;
  /** The top frame's URL, kept only in session storage to reset state on navigation. */
  url: string;
  frames: FrameState[];
}

/** The page verdict of several frames or leaks: the engine's own ladder. */
export const mostSevereVerdict = mostSevere;

/** Records a frame's report; a new URL in the top frame starts the tab afresh. */
export function applyReport(
  previous: TabState | null,
  tabId: number,
  frameId: number,
  url: string,
  report: FrameReport,
): TabState {
  // Sub-frames may report before the top frame, whose URL is then still unknown ('').
  const navigated =
    frameId === 0 && previous !== null && previous.url !== '' && previous.url !== url;
  const kept = previous === null || navigated ? [] : previous.frames;
  const frames = kept.filter((f) => f.frameId !== frameId);
  frames.push({ ...report, frameId });
  frames.sort((a, b) => a.frameId - b.frameId);
  return { tabId, url: frameId === 0 ? url : (previous?.url ?? ''), frames };
}

/** A frame's report as the lookout kept it in the frame (it found nothing there). */
export interface QuietFrame {
  frameId: number;
  report: FrameReport;
}

/**
 * The tab's state with the reports its lookouts kept to themselves: the frames where nothing was
 * found. A stored report of the same frame is newer (the scanner's) and wins.
 */
export function withQuietFrames(
  state: TabState | null,
  tabId: number,
  url: string,
  quiet: readonly QuietFrame[],
): TabState | null {
  const stored = new Set(state?.frames.map((f) => f.frameId));
  const added = quiet.filter((q) => !stored.has(q.frameId));
  if (added.length === 0) return state;
  const frames = [
    ...(state?.frames ?? []),
    ...added.map((q) => ({ ...q.report, frameId: q.frameId })),
  ];
  frames.sort((a, b) => a.frameId - b.frameId);
  return { tabId, url: state?.url || url, frames };
}

export function pageVerdict(state: TabState | null): Verdict {
  return mostSevereVerdict((state?.frames ?? []).map((f) => f.verdict));
}

export function passageCount(state: TabState | null): number {
  return (state?.frames ?? []).reduce((n, f) => n + f.passages.length, 0);
}

export interface Badge {
  text: string;
  color: string;
}

/** Badge colours by verdict: distinct in hue and lightness, readable with white text. */
export const BADGE_COLORS: Record<Verdict, string> = {
  republishes: '#a52714',
  quotes: '#9a4a00',
  links: '#1f5fbf',
  discusses: '#5b5f66',
  none: '#5b5f66',
};

/** The number of marked passages, or a sign for verdicts that mark no text. */
export function badgeFor(state: TabState | null): Badge {
  const verdict = pageVerdict(state);
  const count = passageCount(state);
  const text =
    verdict === 'none'
      ? ''
      : count > 0
        ? count > 999
          ? '999+'
          : String(count)
        : verdict === 'links'
          ? '↗'
          : 'i';
  return { text, color: BADGE_COLORS[verdict] };
}
