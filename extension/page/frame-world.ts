// What the lookout and the scanner share in a frame: its extension world (the content scripts'
// global), which the page cannot see. The background may be asked twice for the scanner, and the
// scanner's timing includes the lookout's look that came before it.

interface FrameWorld {
  [STARTED]?: true;
  [LOOKOUT_MS]?: number;
}

const STARTED = Symbol.for('leaklens.scanner-started');
const LOOKOUT_MS = Symbol.for('leaklens.lookout-ms');
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
