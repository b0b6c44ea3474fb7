// Arithmetic on a V8 CPU profile (the CDP Profiler domain's result): which samples belong to the
// extension, how much time they stand for, and where that time went. Pure, so it is unit-tested
// (tests/bench/cdp-profile.test.ts) apart from the browser.

/** The parts of CDP's Runtime.CallFrame used here (structurally compatible with it). */
export interface ProfileCallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The parts of CDP's Profiler.ProfileNode used here. */
export interface ProfileNode {
  id: number;
  callFrame: ProfileCallFrame;
  children?: number[];
}

/** The parts of CDP's Profiler.Profile used here; times are microseconds. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Sample {
  /** The node on top of the stack when the sample was taken. */
  nodeId: number;
  startUs: number;
  /** The time the sample stands for: up to the next sample (the last one: up to the profile's end). */
  durationUs: number;
}

/** A half-open time span [startUs, endUs) on the same clock as the profile (and trace events). */
export interface Interval {
  startUs: number;
  endUs: number;
}

/**
 * Content scripts run in an isolated world of the page's renderer; their frames carry the
 * extension's script URL, so this prefix tells them from the page's own code.
 */
export const EXTENSION_URL_PREFIX = 'chrome-extension://';

/**
 * Every sample with its time. The sampler does not keep the requested interval on a loaded machine
 * (it is a thread of its own), so a sample's weight is the measured gap to the next one, as
 * DevTools does, not the nominal interval.
 */
export function samplesOf(profile: CpuProfile): Sample[] {
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const starts: number[] = [];
  let time = profile.startTime;
  for (let i = 0; i < ids.length; i++) {
    time += deltas[i] ?? 0;
    starts.push(time);
  }
  return ids.map((nodeId, i) => ({
    nodeId,
    startUs: starts[i]!,
    durationUs: Math.max(0, (starts[i + 1] ?? profile.endTime) - starts[i]!),
  }));
}

/**
 * Ids of the nodes whose stack (the node or any caller) has a frame from `urlPrefix`. A native
 * function our code calls (checkVisibility, a forced layout, lazy compilation of our functions)
 * sits on top of our frames, so it counts as ours; garbage collection and "(program)" samples
 * have no JS stack and cannot be attributed to anyone — they are left out, which undercounts.
 */
export function nodesWithFrameFrom(profile: CpuProfile, urlPrefix: string): Set<number> {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Set<number>();
  for (const node of profile.nodes) {
    for (let id: number | undefined = node.id; id !== undefined; id = parentOf.get(id)) {
      if (byId.get(id)?.callFrame.url.startsWith(urlPrefix)) {
        ours.add(node.id);
        break;
      }
    }
  }
  return ours;
}

/** The samples taken while code from `urlPrefix` was on the stack. */
export function samplesFrom(
  profile: CpuProfile,
  urlPrefix: string = EXTENSION_URL_PREFIX,
): Sample[] {
  const ours = nodesWithFrameFrom(profile, urlPrefix);
  return samplesOf(profile).filter((sample) => ours.has(sample.nodeId));
}

export function totalUs(samples: readonly Sample[]): number {
  return samples.reduce((sum, sample) => sum + sample.durationUs, 0);
}

/**
 * The time of the samples that start outside every interval: used to add the samples to spans
 * measured otherwise (script evaluation from the trace) without counting the overlap twice.
 */
export function totalOutsideUs(samples: readonly Sample[], intervals: readonly Interval[]): number {
  return totalUs(
    samples.filter(
      (sample) => !intervals.some((i) => sample.startUs >= i.startUs && sample.startUs < i.endUs),
    ),
  );
}

/**
 * Self time per function on top of the stack ("bottom-up" in DevTools), keyed by name and
 * position: the content script is minified, so the position is what finds the function again.
 */
export function selfTimeByFunction(
  profile: CpuProfile,
  samples: readonly Sample[],
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  for (const sample of samples) {
    const frame = byId.get(sample.nodeId)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const where = file ? ` ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + sample.durationUs);
  }
  return self;
}
