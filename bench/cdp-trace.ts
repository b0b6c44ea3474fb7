// Arithmetic on Chromium trace events (the CDP Tracing domain, `devtools.timeline` and `toplevel`):
// how long the renderer took to compile and evaluate the content script, and which of the
// renderer's main-thread tasks ran the extension's code. Pure, like cdp-profile.ts.
import type { Interval } from './cdp-profile';
import { EXTENSION_URL_PREFIX } from './cdp-profile';

/** The parts of a Chrome trace event used here; times are microseconds. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; message?: string } };
}

/** The categories asked of the browser: script evaluation, compilation, calls, and task bounds. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'toplevel'];

/** The content script's file in the build (WXT's layout): the lookout, in every frame. */
export const CONTENT_SCRIPT_PATH = '/content-scripts/content.js';
/** The scanner, which the background loads into a frame only where the lookout asks for it. */
export const SCANNER_PATH = '/scanner.js';
/** The markers and cards, which the background loads into a frame where the scanner has marks. */
export const MARKS_UI_PATH = '/marks-ui.js';

/** A renderer thread, as a trace names it. */
export interface TraceThread {
  pid: number;
  tid: number;
}

function isExtensionUrl(url: string | undefined): boolean {
  return url?.startsWith(EXTENSION_URL_PREFIX) ?? false;
}

function isContentScript(event: TraceEvent, path = CONTENT_SCRIPT_PATH): boolean {
  const url = event.args?.data?.url;
  return isExtensionUrl(url) && (url?.endsWith(path) ?? false);
}

const isPageScript = (event: TraceEvent): boolean =>
  [CONTENT_SCRIPT_PATH, SCANNER_PATH, MARKS_UI_PATH].some((path) => isContentScript(event, path));

function spanOf(event: TraceEvent): Interval {
  return { startUs: event.ts, endUs: event.ts + (event.dur ?? 0) };
}

function onThread(event: TraceEvent, thread: TraceThread): boolean {
  return event.pid === thread.pid && event.tid === thread.tid;
}

/**
 * Blink's `EvaluateScript` around running our scripts in the page, content.js once per frame and
 * scanner.js where it was loaded: V8 compiling the whole file (it comes as a string, so it is
 * never streamed or cached) and running its top level, i.e. the module initialisation. Only
 * complete ('X') events carry a duration. The lookout's come first.
 */
export function contentScriptEvaluations(events: readonly TraceEvent[]): TraceEvent[] {
  return events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && isPageScript(e));
}

/**
 * The evaluations of one of the scripts the background loads on request: scanner.js in the frames
 * the lookout handed over, marks-ui.js where a scanner had marks to show.
 */
export function evaluationsOf(
  events: readonly TraceEvent[],
  path: typeof SCANNER_PATH | typeof MARKS_UI_PATH,
): TraceEvent[] {
  return contentScriptEvaluations(events).filter((e) => isContentScript(e, path));
}

/** `v8.compile` of our scripts: the part of the evaluation spent compiling the top level. */
export function contentScriptCompilations(events: readonly TraceEvent[]): TraceEvent[] {
  return events.filter((e) => e.name === 'v8.compile' && e.ph === 'X' && isPageScript(e));
}

export function durationUs(events: readonly TraceEvent[]): number {
  return events.reduce((sum, e) => sum + (e.dur ?? 0), 0);
}

export function spans(events: readonly TraceEvent[]): Interval[] {
  return events.map(spanOf);
}

/**
 * Spans of the extension's own entries into JS on `thread`: its evaluation and the callbacks
 * Blink calls by name (`FunctionCall`: idle callbacks, timers, postTask, event listeners). Code
 * resumed from a promise (after `await`, e.g. on a storage reply) runs as a microtask with no
 * event naming a URL; when the page runs no script of its own (the benchmark serves its pages with
 * `script-src 'none'`), `microtasksAreOurs` counts microtask checkpoints too — except those
 * inside the parser's tasks (`ParseHTML`): Blink runs checkpoints there for its own work while
 * the page loads, before the content script (at document_idle) runs at all; counting them made
 * parse tasks of 40-140 ms look like ours. Nor does anything before our first evaluation count.
 * The profile's samples need no such assumption.
 */
export function extensionEntries(
  events: readonly TraceEvent[],
  thread: TraceThread,
  microtasksAreOurs: boolean,
): Interval[] {
  const parsing = events
    .filter((e) => e.ph === 'X' && e.name === 'ParseHTML' && onThread(e, thread))
    .map(spanOf);
  const inParse = (e: TraceEvent): boolean =>
    parsing.some((p) => e.ts >= p.startUs && e.ts < p.endUs);
  // Nothing of ours runs before our first evaluation: checkpoints then are the page's loading.
  const firstUs = Math.min(...contentScriptEvaluations(events).map((e) => e.ts));
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        onThread(e, thread) &&
        e.ts >= firstUs &&
        (((e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
          isExtensionUrl(e.args?.data?.url)) ||
          (microtasksAreOurs && e.name === 'RunMicrotasks' && !inParse(e))),
    )
    .map(spanOf);
}

/** A task's own microtask checkpoint starts this close after it (measured: 2-5 µs). */
const CHECKPOINT_GAP_US = 50;

/**
 * The scheduler's tasks on `thread` (`ThreadControllerImpl::RunTask`, older builds `RunTask`),
 * each with the microtask checkpoint Blink runs just after it. The checkpoint is a top-level
 * event of its own (`BlinkScheduler_PerformMicrotaskCheckpoint`), outside the task's span, but it
 * is part of the same turn of the event loop: input waits for it too. Code resumed after
 * `await scheduler.postTask(...)` runs there: a 0.1 ms task followed by a 60 ms checkpoint is a
 * 60 ms task.
 */
export function tasksOn(events: readonly TraceEvent[], thread: TraceThread): Interval[] {
  const topLevel = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' ||
          e.name === 'RunTask' ||
          e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') &&
        onThread(e, thread),
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks: Interval[] = [];
  for (const e of topLevel) {
    const span = spanOf(e);
    const last = tasks.at(-1);
    if (e.name !== 'BlinkScheduler_PerformMicrotaskCheckpoint' || !last) {
      tasks.push(span);
    } else if (span.startUs - last.endUs > CHECKPOINT_GAP_US) {
      // A checkpoint with no task just before it: a turn of its own.
      tasks.push(span);
    } else {
      // Just after the task (or nested in it): the same turn.
      last.endUs = Math.max(last.endUs, span.endUs);
    }
  }
  return tasks;
}

/**
 * The longest task that ran any of the extension's work, given as instants (`marks`: starts of
 * the extension's samples or entries). The task's whole length counts, page work in the same task
 * included, because that is what blocks input.
 */
export function longestTaskWithUs(tasks: readonly Interval[], marks: readonly number[]): number {
  let longest = 0;
  for (const task of tasks) {
    const length = task.endUs - task.startUs;
    if (length <= longest) continue;
    if (marks.some((t) => t >= task.startUs && t < task.endUs)) longest = length;
  }
  return longest;
}

/** The time covered by `spans`, overlaps counted once (entries nest: a callback's checkpoint). */
export function unionUs(spans: readonly Interval[]): number {
  const sorted = [...spans].sort((a, b) => a.startUs - b.startUs);
  let total = 0;
  let end = -Infinity;
  for (const { startUs, endUs } of sorted) {
    if (endUs <= end) continue;
    total += endUs - Math.max(startUs, end);
    end = endUs;
  }
  return total;
}

/** Blink's steps in creating a frame's script world (the context, its bindings, its features). */
const WORLD_STEPS = new Set([
  'LocalWindowProxy::CreateContext',
  'ContextCreatedNotification',
  'InstallConditionalFeatures',
]);

/**
 * The time Chromium spent creating the extension's world in each frame that evaluated content.js:
 * the world-creation steps from the last context created on the thread before that evaluation
 * (the page's own world and the test driver's are created when the document commits, long
 * before; ours just before our script runs). No code of ours runs in it, and every content script
 * pays it; the profile cannot see it ("(program)") and the evaluation span does not include it.
 */
export function worldCreationUs(events: readonly TraceEvent[], thread: TraceThread): number {
  const steps = events.filter(
    (e) => e.ph === 'X' && WORLD_STEPS.has(e.name) && onThread(e, thread),
  );
  let total = 0;
  for (const evaluation of contentScriptEvaluations(events).filter(
    (e) => !isContentScript(e, SCANNER_PATH),
  )) {
    const created = steps
      .filter((e) => e.name === 'LocalWindowProxy::CreateContext' && e.ts < evaluation.ts)
      .at(-1);
    if (!created) continue;
    total += durationUs(steps.filter((e) => e.ts >= created.ts && e.ts < evaluation.ts));
  }
  return total;
}

/** The instant the benchmark marks in the page (console.timeStamp) before it reads the report. */
export const READ_MARK = 'leaklens-bench-read';

/** When the benchmark began reading the report (trace clock), if the trace holds its mark. */
export function readMarkUs(events: readonly TraceEvent[]): number | undefined {
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === READ_MARK);
  return mark?.ts;
}

/**
 * Whether the extension's own work was over when the benchmark began reading its report: none of
 * its evaluations or named callbacks start after `markUs`. Only then may what follows the mark (the
 * reads themselves, which the popup makes only when opened) be left out.
 */
export function quietAfter(events: readonly TraceEvent[], markUs: number): boolean {
  return !events.some(
    (e) =>
      e.ph === 'X' &&
      e.ts >= markUs &&
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      isExtensionUrl(e.args?.data?.url),
  );
}
