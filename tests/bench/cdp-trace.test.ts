// The benchmark's trace arithmetic (bench/cdp-trace.ts, bench/main-thread.ts): which tasks ran the
// extension's code. A parse task of the page is not ours, even when it runs a microtask checkpoint.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/cdp-trace';
import {
  extensionEntries,
  longestTaskWithUs,
  READ_MARK,
  tasksOn,
  unionUs,
  worldCreationUs,
} from '../../bench/cdp-trace';
import { mainThreadCost } from '../../bench/main-thread';

const CONTENT = 'chrome-extension://abc/content-scripts/content.js';
const thread = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  ...thread,
  ...(url ? { args: { data: { url } } } : {}),
});

// A 140 ms parse task of the page with a checkpoint inside; later, content.js's evaluation (20 ms
// task), a 12 ms task with our callback, and a 30 ms task whose only sign of us is a checkpoint
// (code resumed after an await).
const events: TraceEvent[] = [
  x('ThreadControllerImpl::RunTask', 0, 140_000),
  x('ParseHTML', 0, 140_000),
  x('RunMicrotasks', 50_000, 1_000),
  x('ThreadControllerImpl::RunTask', 200_000, 20_000),
  x('EvaluateScript', 200_000, 19_000, CONTENT),
  x('ThreadControllerImpl::RunTask', 300_000, 12_000),
  x('FunctionCall', 300_000, 11_000, CONTENT),
  x('ThreadControllerImpl::RunTask', 400_000, 30_000),
  x('RunMicrotasks', 400_000, 29_000),
];

describe('the extension in a trace', () => {
  it('counts checkpoints outside parsing as ours when the page runs no script', () => {
    const starts = extensionEntries(events, thread, true).map((s) => s.startUs);
    expect(starts).toEqual([200_000, 300_000, 400_000]);
    expect(extensionEntries(events, thread, false).map((s) => s.startUs)).toEqual([
      200_000, 300_000,
    ]);
  });

  it('finds the longest task of ours, not the page parser task that ran a checkpoint', () => {
    const marks = extensionEntries(events, thread, true).map((s) => s.startUs);
    expect(longestTaskWithUs(tasksOn(events, thread), marks)).toBe(30_000);
    expect(mainThreadCost(events, undefined, { pageRunsScripts: false }).longestTaskMs).toBe(30);
  });

  it("counts the checkpoint just after a task as the task's own: code resumed after postTask", () => {
    // A 0.1 ms task, then its 60 ms checkpoint (outside the task's span, 3 µs after it); later a
    // checkpoint alone, and one nested in a task.
    const resumed = [
      x('ThreadControllerImpl::RunTask', 600_000, 100),
      x('BlinkScheduler_PerformMicrotaskCheckpoint', 600_103, 60_000),
      x('RunMicrotasks', 600_110, 59_990),
      x('BlinkScheduler_PerformMicrotaskCheckpoint', 700_000, 5_000),
      x('ThreadControllerImpl::RunTask', 800_000, 4_000),
      x('BlinkScheduler_PerformMicrotaskCheckpoint', 803_000, 500),
    ];
    const tasks = tasksOn([...events, ...resumed], thread);
    expect(tasks.slice(-3)).toEqual([
      { startUs: 600_000, endUs: 660_103 },
      { startUs: 700_000, endUs: 705_000 },
      { startUs: 800_000, endUs: 804_000 },
    ]);
    const cost = mainThreadCost([...events, ...resumed], undefined, { pageRunsScripts: false });
    expect(cost.longestTaskMs).toBeCloseTo(60.103);
  });

  it('relies on the profile, not on checkpoints, when there is one', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0, columnNumber: 0 } },
      ],
      startTime: 0,
      endTime: 500_000,
      samples: [],
      timeDeltas: [],
    };
    expect(mainThreadCost(events, profile, { pageRunsScripts: false }).longestTaskMs).toBe(20);
  });
  it("counts the scanner's evaluation beside the lookout's, and the frames it was loaded into", () => {
    const scanner = 'chrome-extension://abc/scanner.js';
    const withScanner = [
      ...events,
      x('ThreadControllerImpl::RunTask', 500_000, 9_000),
      x('EvaluateScript', 500_000, 8_000, scanner),
    ];
    const cost = mainThreadCost(withScanner, undefined, { pageRunsScripts: false });
    expect(cost.evaluateMs).toBe(27);
    expect(cost.scanners).toBe(1);
    expect(mainThreadCost(events, undefined, { pageRunsScripts: false }).scanners).toBe(0);
  });

  it("counts the marks UI's evaluation with ours, though it loads no scanner", () => {
    const withUi = [
      ...events,
      x('ThreadControllerImpl::RunTask', 600_000, 4_000),
      x('EvaluateScript', 600_000, 3_000, 'chrome-extension://abc/marks-ui.js'),
    ];
    const cost = mainThreadCost(withUi, undefined, { pageRunsScripts: false });
    expect(cost.evaluateMs).toBe(22);
    expect(cost.scanners).toBe(0);
    expect(cost.marksUis).toBe(1);
  });

  it('adds up the time of our entries once, nested ones inside their parent', () => {
    expect(unionUs([])).toBe(0);
    expect(
      unionUs([
        { startUs: 0, endUs: 10 },
        { startUs: 2, endUs: 5 },
        { startUs: 8, endUs: 14 },
        { startUs: 20, endUs: 21 },
      ]),
    ).toBe(15);
    const cost = mainThreadCost(events, undefined, { pageRunsScripts: false });
    expect(cost.tracedWholeMs).toBe(19 + 11 + 29);
    expect(mainThreadCost(events, undefined, { pageRunsScripts: true }).tracedWholeMs).toBe(
      undefined,
    );
  });

  it('leaves out checkpoints before our first evaluation: the page was still loading', () => {
    const early = [
      x('ThreadControllerImpl::RunTask', 150_000, 2_000),
      x('RunMicrotasks', 150_000, 1_500),
    ];
    const cost = mainThreadCost([...early, ...events], undefined, { pageRunsScripts: false });
    expect(cost.tracedWholeMs).toBe(19 + 11 + 29);
  });

  it("leaves out the benchmark's reads when our work was over before they began", () => {
    const mark: TraceEvent = {
      ...x('TimeStamp', 450_000, 0),
      ph: 'I',
      args: { data: { message: READ_MARK } },
    };
    // A read: the background's function (no address of ours) and the checkpoint after it.
    const read = [x('EvaluateScript', 460_000, 300), x('RunMicrotasks', 460_300, 200)];
    const quiet = mainThreadCost([...events, mark, ...read], undefined, { pageRunsScripts: false });
    expect(quiet.readsApart).toBe(true);
    expect(quiet.tracedWholeMs).toBe(19 + 11 + 29);
    // Our callback after the mark: the reads cannot be told apart, and everything counts.
    const busy = [...events, mark, ...read, x('FunctionCall', 470_000, 1_000, CONTENT)];
    const cost = mainThreadCost(busy, undefined, { pageRunsScripts: false });
    expect(cost.readsApart).toBe(false);
    expect(cost.tracedWholeMs).toBeCloseTo(19 + 11 + 29 + 0.2 + 1);
  });

  it("counts the creation of our world just before content.js, not the page's own", () => {
    const world = [
      // The page's world and the driver's, when the document committed.
      x('LocalWindowProxy::CreateContext', 1_000, 1_200),
      x('ContextCreatedNotification', 2_200, 800),
      x('LocalWindowProxy::CreateContext', 3_000, 700),
      // Ours, just before content.js at 200 ms.
      x('LocalWindowProxy::CreateContext', 190_000, 800),
      x('ContextCreatedNotification', 190_800, 3_900),
      x('InstallConditionalFeatures', 194_700, 300),
    ];
    expect(worldCreationUs([...events, ...world], thread)).toBe(5_000);
    expect(
      mainThreadCost([...events, ...world], undefined, { pageRunsScripts: false }).worldMs,
    ).toBe(5);
  });
});
