// Cooperative time slicing for the content script: work runs in short slices and yields to the
// page between them, so no task the extension causes comes near the 50 ms long-task line. It also
// measures the slices, which is the main-thread time the extension takes.

export interface Slicer {
  /** Runs a burst of work (which calls shouldYield/yield) as a series of slices. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** True once the current slice has used its budget. */
  shouldYield(): boolean;
  /** Ends the slice: resolves in a later task, after the page had its turn. */
  yield(): Promise<void>;
  /** Main-thread time of all slices so far, and the longest one (ms). */
  stats(): { busyMs: number; longestSliceMs: number };
}

interface SchedulerLike {
  postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * `now` is the clock slices are measured by: the page's `performance.now()` by default. The
 * lookout passes `Date.now` (whole milliseconds): `performance` is one more interface to set up
 * in the extension's world of every page, for a look that mostly takes a millisecond or two.
 */
export function createSlicer(
  win: Window,
  budgetMs = 8,
  now: () => number = () => win.performance.now(),
): Slicer {
  let sliceStart = now();
  let busyMs = 0;
  let longest = 0;
  let running = false;
  const endSlice = () => {
    const took = now() - sliceStart;
    busyMs += took;
    longest = Math.max(longest, took);
  };
  const slicer: Slicer = {
    async run(work) {
      sliceStart = now();
      running = true;
      try {
        return await work();
      } finally {
        endSlice();
        running = false;
      }
    },
    shouldYield: () => now() - sliceStart >= budgetMs,
    async yield() {
      endSlice();
      // Not scheduler.yield(): its continuation runs before the page's own queued tasks, so a
      // long scan, though in short slices, starved the page's timers for its whole length (a
      // 20 ms heartbeat stopped for 0.4-1.4 s on the hostile pages). An ordinary-priority task
      // waits its turn behind them.
      // Looked up only here: most pages never yield, and each interface's first use in the
      // extension's world costs the page's thread.
      const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
      if (typeof scheduler?.postTask === 'function') {
        await scheduler.postTask(() => {}, { priority: 'user-visible' });
      } else await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
      sliceStart = now();
    },
    stats() {
      // Includes the slice under way, so a report sent from inside a run counts itself.
      const current = running ? now() - sliceStart : 0;
      return { busyMs: busyMs + current, longestSliceMs: Math.max(longest, current) };
    },
  };
  return slicer;
}

/**
 * Runs `work` and resolves with the main-thread time its slices took: what a batch of the page's
 * changes is charged (extension/page/watcher.ts). Called inside the frame's serial queue, so no
 * other work of the frame's (a first scan still under way) is counted in.
 */
export async function busyDuring(slicer: Slicer, work: () => Promise<unknown>): Promise<number> {
  const before = slicer.stats().busyMs;
  await work();
  return slicer.stats().busyMs - before;
}
