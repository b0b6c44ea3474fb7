// Cooperative time slicing for the content script: work runs in short slices and yields to the
// page between them, so no task the extension causes comes near the 50 ms long-task line.

export interface Slicer {
  /** True once the current slice has used its budget. */
  shouldYield(): boolean;
  /** Ends the slice: resolves in a later task, after the page had its turn. */
  yield(): Promise<void>;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function createSlicer(win: Window, budgetMs = 8): Slicer {
  let sliceStart = win.performance.now();
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  return {
    shouldYield: () => win.performance.now() - sliceStart >= budgetMs,
    async yield() {
      if (typeof scheduler?.yield === 'function') await scheduler.yield();
      else await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
      sliceStart = win.performance.now();
    },
  };
}
