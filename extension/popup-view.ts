// Decides what the popup shows for a tab, from the tab's URL, its stored state and the settings,
// and gathers a tab's frames into one finding per leak, named from the bundle.
import type { Bundle, Leak } from '../engine/bundle';
import { VERDICTS, type PassageKind, type Verdict } from '../engine/types';
import { isListed, siteOf, type Settings } from './settings';
import {
  mostSevereVerdict,
  pageVerdict,
  passageCount,
  type FrameState,
  type TabState,
} from './tab-state';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'not-scanned'; site: string | null }
  /** Every frame reported paused, and the site is no longer: the page is being scanned again. */
  | { kind: 'resuming'; site: string | null }
  | { kind: 'paused'; site: string }
  | { kind: 'result'; state: TabState; site: string | null; marksHidden: boolean };

export function popupView(
  tabUrl: string | undefined,
  state: TabState | null,
  settings: Settings,
): PopupView {
  const url = state?.url || tabUrl;
  const site = url ? siteOf(url) : null;
  if (url && site === null) return { kind: 'unavailable' };
  if (site !== null && isListed(settings.pausedSites, site)) return { kind: 'paused', site };
  if (state === null) return { kind: 'not-scanned', site };
  // Frames that reported "paused" scan on their own once the site is resumed.
  if (state.frames.every((f) => f.status === 'paused')) return { kind: 'resuming', site };
  return { kind: 'result', state, site, marksHidden: isListed(settings.hiddenSites, site) };
}

/** A document as the popup names it: its title from the bundle, else its id. */
export interface DocumentRef {
  id: string;
  title: string;
}

/** A passage with the frame that can show it. */
export interface PassageRef {
  frameId: number;
  index: number;
  quote: string;
  kind: PassageKind;
  matchedWords: number;
  document: DocumentRef | null;
}

/** One leak found on the tab, across all its frames. */
export interface LeakFinding {
  id: string;
  title: string;
  verdict: Verdict;
  documents: DocumentRef[];
  matchedWords: number;
  passages: PassageRef[];
  /** The leak's entry in the bundle, for its context; absent if the bundle no longer has it. */
  leak: Leak | null;
}

function documentRef(leak: Leak | null, id: string): DocumentRef {
  return { id, title: leak?.documents.find((d) => d.id === id)?.title ?? id };
}

function passagesOf(
  frames: readonly FrameState[],
  leakId: string,
  leak: Leak | null,
): PassageRef[] {
  return frames.flatMap((f) =>
    f.passages
      .filter((p) => p.leak === leakId)
      .map((p) => ({
        frameId: f.frameId,
        index: p.index,
        quote: p.quote,
        kind: p.kind,
        matchedWords: p.matchedWords,
        document: p.document === undefined ? null : documentRef(leak, p.document),
      })),
  );
}

/** The tab's leaks, most severe first, each merged over the frames that reported it. */
export function leakFindings(state: TabState, bundle: Bundle): LeakFinding[] {
  const ids = [...new Set(state.frames.flatMap((f) => f.leaks.map((l) => l.id)))];
  const findings = ids.map((id): LeakFinding => {
    const summaries = state.frames.flatMap((f) => f.leaks.filter((l) => l.id === id));
    const leak = bundle.leaks.find((l) => l.id === id) ?? null;
    const documentIds = [...new Set(summaries.flatMap((s) => s.documents))];
    return {
      id,
      title: leak?.title ?? id,
      verdict: mostSevereVerdict(summaries.map((s) => s.verdict)),
      documents: documentIds.map((d) => documentRef(leak, d)),
      matchedWords: summaries.reduce((n, s) => n + s.matchedWords, 0),
      passages: passagesOf(state.frames, id, leak),
      leak,
    };
  });
  const rank = (v: Verdict) => VERDICTS.indexOf(v);
  return findings.sort((a, b) => rank(a.verdict) - rank(b.verdict));
}

/** Frames that could not be scanned in full, which the popup mentions below the finding. */
export interface ScanNote {
  status: 'budget-exhausted' | 'failed';
  error?: string;
}

export function scanNotes(state: TabState): ScanNote[] {
  return state.frames.flatMap((f): ScanNote[] =>
    f.status === 'failed' || f.status === 'budget-exhausted'
      ? [{ status: f.status, ...(f.error ? { error: f.error } : {}) }]
      : [],
  );
}

/** What the popup's finding section says, in one object the component renders. */
export interface Finding {
  verdict: Verdict;
  passageCount: number;
  leaks: LeakFinding[];
  notes: ScanNote[];
}

export function findingOf(state: TabState, bundle: Bundle): Finding {
  const leaks = leakFindings(state, bundle);
  return {
    verdict: pageVerdict(state),
    passageCount: passageCount(state),
    leaks,
    notes: scanNotes(state),
  };
}
