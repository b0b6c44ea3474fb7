// Watches the page for later changes (infinite scroll, single-page apps, late text). The observer
// callback only queues nodes; a debounced task hands them over, within a bounded budget of
// main-thread time after which watching stops for this document, so a page that mutates without
// end costs little.

export interface WatchBudget {
  /** Quiet time before a batch is handed over. */
  debounceMs: number;
  /** Longest wait for a batch while the page keeps changing. */
  maxWaitMs: number;
  /**
   * Main-thread time the frame may spend on batches (the time of its slices while it handles
   * them) before watching stops. Time rather than a count of batches: a live page that changes a
   * clock line every second costs a fraction of a millisecond a batch and stays watched for hours
   * (new posts on a live blog are still looked at), while a page that rewrites a large part of
   * itself again and again spends the budget in seconds.
   */
  maxBusyMs: number;
}

export const DEFAULT_WATCH_BUDGET: WatchBudget = {
  debounceMs: 300,
  maxWaitMs: 1500,
  // About 200 rescans of a changed part of a few thousand words, or 10,000 of a clock line.
  maxBusyMs: 2000,
};

/**
 * The budget of this build: the default, or a test build's (compiler/watch-budget-define.ts). The
 * build writes the constant in, and folds this to one of the two; unit tests see no constant.
 */
const BUILD_WATCH_BUDGET: WatchBudget =
  typeof __LEAKLENS_WATCH_BUDGET__ === 'object' ? __LEAKLENS_WATCH_BUDGET__ : DEFAULT_WATCH_BUDGET;

export interface Batch {
  /** Nodes added, and text nodes whose text changed, in no order. */
  nodes: Set<Node>;
  /** Whether nodes were removed (parts that lost all their nodes are then dropped). */
  removed: boolean;
}

export interface Watcher {
  stop(): void;
}

export interface WatchOptions {
  win: Window;
  root: Node;
  /** Nodes inside these are ours and ignored. */
  ignore(node: Node): boolean;
  /** Handles a batch; resolves with the main-thread time that took, charged to the budget. */
  onBatch(batch: Batch): Promise<number>;
  onExhausted(): void;
  budget?: WatchBudget;
}

export function watchMutations(options: WatchOptions): Watcher {
  const { win, ignore, onBatch, onExhausted } = options;
  const budget = options.budget ?? BUILD_WATCH_BUDGET;
  let pending = new Set<Node>();
  let removed = false;
  let firstPendingAt = 0;
  let timer: number | undefined;
  let spentMs = 0;
  let running = false;
  let stopped = false;

  const flush = async () => {
    timer = undefined;
    if (stopped || running || (pending.size === 0 && !removed)) return;
    // Checked when a change is waiting: a page whose last change spent the budget missed nothing.
    if (spentMs >= budget.maxBusyMs) {
      stop();
      onExhausted();
      return;
    }
    const batch: Batch = { nodes: pending, removed };
    pending = new Set();
    removed = false;
    running = true;
    try {
      spentMs += await onBatch(batch);
    } finally {
      running = false;
      if (pending.size > 0 || removed) schedule();
    }
  };

  const schedule = () => {
    // Whole milliseconds are enough for these waits, and Date needs no page interface.
    const now = Date.now();
    if (firstPendingAt === 0) firstPendingAt = now;
    if (timer !== undefined) win.clearTimeout(timer);
    const waited = now - firstPendingAt;
    const delay = waited >= budget.maxWaitMs ? 0 : budget.debounceMs;
    timer = win.setTimeout(() => {
      firstPendingAt = 0;
      void flush();
    }, delay);
  };

  const observer = new MutationObserver((records: MutationRecord[]) => {
    for (const r of records) {
      if (ignore(r.target)) continue;
      if (r.type === 'characterData') pending.add(r.target);
      for (const added of Array.from(r.addedNodes)) if (!ignore(added)) pending.add(added);
      if (r.removedNodes.length > 0) removed = true;
    }
    if ((pending.size > 0 || removed) && !running) schedule();
  });
  observer.observe(options.root, { childList: true, subtree: true, characterData: true });

  function stop(): void {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    pending.clear();
  }
  return { stop };
}
