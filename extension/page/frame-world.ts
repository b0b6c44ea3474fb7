// What LeakLens's scripts in one frame share: the frame's extension world (the content scripts'
// global), which the page cannot see. The flag scripts the background registers leave their flags
// here before the lookout starts; the lookout leaves its report here instead of sending it when it
// found nothing (the background reads it when asked, extension/quiet-reports.ts); the background
// reaches the lookout here when the settings change; the scanner claims the frame once, and its
// timing includes the lookout's look that came before it; the marks' UI script leaves the scanner
// the function that makes the UI.
import type { FrameReport } from '../tab-state';
import type { MarksUiFactory } from './deferred-marks-ui';

/** Flags the background's registered scripts raise (extension/lookout-flags.ts). */
export type LookoutFlag = 'paused' | 'update';

interface FrameWorld {
  [STARTED]?: true;
  [LOOKOUT_MS]?: number;
  [FLAGS]?: Partial<Record<LookoutFlag, true>>;
  [QUIET_REPORT]?: FrameReport;
  [SETTINGS_CHANGED]?: () => void;
  [MARKS_UI]?: MarksUiFactory;
}

const STARTED = Symbol.for('leaklens.scanner-started');
const LOOKOUT_MS = Symbol.for('leaklens.lookout-ms');
const FLAGS = Symbol.for('leaklens.flags');
// Spelled out again in the functions the background runs in frames: those are sent as source.
const QUIET_REPORT = Symbol.for('leaklens.quiet-report');
const SETTINGS_CHANGED = Symbol.for('leaklens.settings-changed');
const MARKS_UI = Symbol.for('leaklens.marks-ui');
const world = (): FrameWorld => globalThis as FrameWorld;

/** True the first time only: a frame runs one scanner. */
export function claimScanner(): boolean {
  if (world()[STARTED]) return false;
  world()[STARTED] = true;
  return true;
}

/** The lookout's main-thread time before it handed the frame over. */
export function setLookoutMs(ms: number): void {
  world()[LOOKOUT_MS] = ms;
}

export function lookoutMs(): number {
  return world()[LOOKOUT_MS] ?? 0;
}

export function raiseFlag(flag: LookoutFlag): void {
  (world()[FLAGS] ??= {})[flag] = true;
}

export function hasFlag(flag: LookoutFlag): boolean {
  return world()[FLAGS]?.[flag] === true;
}

/** The lookout's latest report where it sent none; cleared once it sends one. */
export function setQuietReport(report: FrameReport | undefined): void {
  world()[QUIET_REPORT] = report;
}

/** Run by the background in each frame of a tab (scripting.executeScript): self-contained. */
export function readQuietReport(): unknown {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('leaklens.quiet-report')] ?? null;
}

export function onSettingsChanged(cb: (() => void) | undefined): void {
  world()[SETTINGS_CHANGED] = cb;
}

/**
 * Run by the background in every frame of the open tabs when sites were paused or resumed: tells
 * the lookout of a frame on one of `sites`. Self-contained.
 */
export function notifySettingsChangedOn(sites: string[]): void {
  if (!sites.includes(location.hostname.toLowerCase())) return;
  const cb = (globalThis as Record<symbol, unknown>)[Symbol.for('leaklens.settings-changed')];
  if (typeof cb === 'function') cb();
}

export function provideMarksUi(factory: MarksUiFactory): void {
  world()[MARKS_UI] = factory;
}

/** The marks' UI, once the background loaded its script into this frame. */
export function marksUiFactory(): MarksUiFactory | undefined {
  return world()[MARKS_UI];
}
