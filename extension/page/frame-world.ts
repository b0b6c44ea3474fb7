// What LeakLens's scripts in one frame share: the frame's extension world (the content scripts'
// global), which the page cannot see. The flag scripts the background registers start reading what
// is stored for the lookout here before it starts (./lookout-stored.ts); the lookout leaves its
// report here instead of sending it when it found nothing (the background reads it when asked,
// extension/quiet-reports.ts); the background reaches the lookout here when a site is paused or
// resumed; the scanner claims the frame once, and its timing includes the lookout's look that came
// before it; the marks' UI script leaves the scanner the function that makes the UI.
import type { FrameReport } from '../tab-state';
import type { LookoutUpdate } from '../trusted-bundle';
import type { MarksUiFactory } from './deferred-marks-ui';

/** What is stored that concerns the lookout of this frame, where something is. */
export interface StoredForLookout {
  paused: boolean;
  /** A stored bundle update this version checked, newer than the built-in bundle; else null. */
  update: LookoutUpdate | null;
}

interface FrameWorld {
  [STARTED]?: true;
  [LOOKOUT_MS]?: number;
  [STORED]?: Promise<StoredForLookout>;
  [QUIET_REPORT]?: FrameReport;
  [SETTINGS_CHANGED]?: (paused: boolean) => void;
  [MARKS_UI]?: MarksUiFactory;
}

const STARTED = Symbol.for('leaklens.scanner-started');
const LOOKOUT_MS = Symbol.for('leaklens.lookout-ms');
const STORED = Symbol.for('leaklens.stored');
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

/** Starts reading what is stored for the lookout, once per frame (both flag scripts may run). */
export function provideStored(read: () => Promise<StoredForLookout>): void {
  world()[STORED] ??= read();
}

/** What the flag scripts read; undefined on the pages nothing stored concerns (nearly all). */
export function storedForLookout(): Promise<StoredForLookout> | undefined {
  return world()[STORED];
}

/** The lookout's latest report where it sent none; cleared once it sends one. */
export function setQuietReport(report: FrameReport | undefined): void {
  world()[QUIET_REPORT] = report;
}

/** Run by the background in each frame of a tab (scripting.executeScript): self-contained. */
export function readQuietReport(): unknown {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('leaklens.quiet-report')] ?? null;
}

export function onSettingsChanged(cb: ((paused: boolean) => void) | undefined): void {
  world()[SETTINGS_CHANGED] = cb;
}

/**
 * Run by the background in every frame of the open tabs when sites were paused or resumed: tells
 * the lookout of a frame on one of `sites` whether its site is paused now (one of `pausedSites`),
 * so that the lookout reads no storage. Self-contained.
 */
export function notifySettingsChangedOn(sites: string[], pausedSites: string[]): void {
  const host = location.hostname.toLowerCase();
  if (!sites.includes(host)) return;
  const cb = (globalThis as Record<symbol, unknown>)[Symbol.for('leaklens.settings-changed')];
  if (typeof cb === 'function') cb(pausedSites.includes(host));
}

export function provideMarksUi(factory: MarksUiFactory): void {
  world()[MARKS_UI] = factory;
}

/** The marks' UI, once the background loaded its script into this frame. */
export function marksUiFactory(): MarksUiFactory | undefined {
  return world()[MARKS_UI];
}
