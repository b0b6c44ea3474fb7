// What the extension costs one page's main thread, from that page's trace and (optional) CPU
// profile: the whole content script's time, content.js's compile + evaluation, and the longest task
// that ran the extension's code.
//
// Which source measures what, and why:
// - Evaluation comes from the trace (`EvaluateScript` of content.js): it is one exact span and
//   includes compiling the top level, which happens before any JS frame exists, so the profiler
//   shows it as "(program)" and cannot attribute it.
// - Everything after evaluation comes from the profile: samples whose stack holds an extension
//   frame. The trace cannot give this: code resumed after an `await` (settings, stored bundle,
//   index building, the slices themselves) runs as a microtask with no trace event naming a URL.
// - The two are added without overlap: samples inside an evaluation span are already in it.
import type { CpuProfile, Sample } from './cdp-profile';
import { samplesFrom, totalOutsideUs } from './cdp-profile';
import type { TraceEvent, TraceThread } from './cdp-trace';
import {
  contentScriptCompilations,
  contentScriptEvaluations,
  durationUs,
  extensionEntries,
  longestTaskWithUs,
  quietAfter,
  readMarkUs,
  evaluationsOf,
  MARKS_UI_PATH,
  SCANNER_PATH,
  spans,
  tasksOn,
  unionUs,
  worldCreationUs,
} from './cdp-trace';

export interface MainThreadCost {
  /** Evaluation plus every extension sample outside it; only with a profile. */
  wholeMs?: number;
  /**
   * Without a profile, where the page runs no script: the time covered by our evaluations and
   * every entry into JS after them (see extensionEntries), each callback's native calls included.
   */
  tracedWholeMs?: number;
  /** Creating the extension's world in the frames (Chromium's work before any of ours). */
  worldMs: number;
  /** content.js compile + top-level run, summed over the frames it ran in. */
  evaluateMs: number;
  compileMs: number;
  /** Our scripts' evaluations (content.js per frame, scanner.js and marks-ui.js where loaded). */
  evaluations: number;
  /** Frames the scanner was loaded into. */
  scanners: number;
  /** Frames the marks' UI was loaded into (where a scanner had marks to show). */
  marksUis: number;
  /**
   * Longest renderer task holding extension work: any task holding one of its samples (with a
   * profile) or one of its entries into JS (see extensionEntries).
   */
  longestTaskMs: number;
  /** Whether the benchmark's reads of the report came after all of our work, and were left out. */
  readsApart: boolean;
  /** The extension's samples, for the where-did-it-go summary (empty without a profile). */
  samples: Sample[];
}

const MS = 1000;

export interface MainThreadOptions {
  /** False when the page's own scripts are blocked (CSP), so any JS on its thread is ours. */
  pageRunsScripts: boolean;
}

export function mainThreadCost(
  events: readonly TraceEvent[],
  profile: CpuProfile | undefined,
  options: MainThreadOptions,
): MainThreadCost {
  const evaluations = contentScriptEvaluations(events);
  // content.js is evaluated first, in the top frame: its thread is the page's main thread.
  const first = evaluations[0];
  if (!first) throw new Error('the trace has no EvaluateScript of content.js');
  // Every frame of the page shares the renderer's main thread (all served from 127.0.0.1).
  const thread: TraceThread = { pid: first.pid, tid: first.tid };
  const evaluateUs = durationUs(evaluations);
  // The benchmark's reads of the report (what the popup does when it is opened) are left out
  // where our own work was over before they began.
  const mark = readMarkUs(events);
  const readsApart = mark !== undefined && quietAfter(events, mark);
  const beforeReads = (startUs: number): boolean => !readsApart || startUs < mark;
  const samples = (profile ? samplesFrom(profile) : []).filter((s) => beforeReads(s.startUs));
  // With a profile, its samples show where our code ran; microtask checkpoints are not guessed at.
  const microtasksAreOurs = !profile && !options.pageRunsScripts;
  const entries = extensionEntries(events, thread, microtasksAreOurs).filter((e) =>
    beforeReads(e.startUs),
  );
  const marks = [
    ...entries.map((span) => span.startUs),
    ...samples.map((sample) => sample.startUs),
  ];
  return {
    wholeMs: profile ? (evaluateUs + totalOutsideUs(samples, spans(evaluations))) / MS : undefined,
    tracedWholeMs: microtasksAreOurs ? unionUs(entries) / MS : undefined,
    worldMs: worldCreationUs(events, thread) / MS,
    evaluateMs: evaluateUs / MS,
    compileMs: durationUs(contentScriptCompilations(events)) / MS,
    evaluations: evaluations.length,
    scanners: evaluationsOf(events, SCANNER_PATH).length,
    marksUis: evaluationsOf(events, MARKS_UI_PATH).length,
    longestTaskMs: longestTaskWithUs(tasksOn(events, thread), marks) / MS,
    readsApart,
    samples,
  };
}
