// The watcher hands the page's changes over in debounced batches, at least every so often while the
// page keeps changing, and within its budget of main-thread time: a page whose changes keep costing
// stops being watched, and says so once (the frame then reports `budget-exhausted`, which the popup
// shows); one whose changes cost next to nothing stays watched.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMutations, type Batch, type WatchBudget } from '../../../extension/page/watcher';

const BUDGET: WatchBudget = { debounceMs: 300, maxWaitMs: 1500, maxBusyMs: 10 };

interface Watched {
  main: HTMLElement;
  batches: Batch[];
  exhausted: () => number;
  stop(): void;
  add(text: string, ours?: boolean): void;
}

/** A watched document whose batches each cost the frame `batchMs` of main-thread time. */
function watched(budget: WatchBudget = BUDGET, batchMs = 0): Watched {
  // linkedom's observer reports added and removed nodes (not text edits), which is all these need.
  const { document, MutationObserver } = parseHTML('<html><body><main></main></body></html>');
  vi.stubGlobal('MutationObserver', MutationObserver);
  const main = document.querySelector('main')!;
  const batches: Batch[] = [];
  let exhausted = 0;
  // The timers are looked up at each call, so that vitest's fake ones answer.
  const win = {
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
  const watcher = watchMutations({
    win,
    root: document,
    // Like the scanner's own test (`ui.contains`): our elements and whatever is inside them.
    ignore: (node) => {
      const el = (node.nodeType === 1 ? node : node.parentNode) as Element | null;
      return el?.nodeType === 1 && el.hasAttribute('data-ours');
    },
    onBatch: async (batch) => {
      batches.push(batch);
      return batchMs;
    },
    onExhausted: () => void exhausted++,
    budget,
  });
  return {
    main,
    batches,
    exhausted: () => exhausted,
    stop: watcher.stop,
    add(text, ours = false) {
      const p = document.createElement('p');
      p.textContent = text;
      if (ours) p.setAttribute('data-ours', '');
      main.appendChild(p);
    },
  };
}

/** The paragraphs a batch holds (linkedom also reports the text nodes inside them). */
const paragraphs = (batch: Batch): string[] =>
  [...batch.nodes].filter((n) => n.nodeType === 1).map((n) => n.textContent ?? '');

/** Lets the observer deliver its records (a microtask), then moves the clock on. */
const after = async (ms: number): Promise<void> => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('watchMutations', () => {
  it('hands changes over as one batch once the page has been quiet for the debounce', async () => {
    const w = watched();
    w.add('one');
    w.add('two');
    await after(150);
    w.add('three');
    await after(299);
    expect(w.batches).toHaveLength(0);
    await after(1);
    expect(w.batches).toHaveLength(1);
    expect(paragraphs(w.batches[0]!)).toEqual(['one', 'two', 'three']);
    expect(w.batches[0]!.removed).toBe(false);
  });

  it('hands over at least every maxWaitMs while the page keeps changing', async () => {
    const w = watched();
    for (let t = 0; t < 1400; t += 100) {
      w.add(`line ${t}`);
      await after(100);
    }
    expect(w.batches).toHaveLength(0);
    for (let t = 1400; t < 1700; t += 100) {
      w.add(`line ${t}`);
      await after(100);
    }
    expect(w.batches).toHaveLength(1);
    // Everything changed since the first change, in the order it came.
    const lines = Array.from({ length: 15 }, (_, i) => `line ${i * 100}`);
    expect(paragraphs(w.batches[0]!).slice(0, 15)).toEqual(lines);
  });

  it('says when nodes were removed', async () => {
    const w = watched();
    w.add('gone soon');
    await after(300);
    w.main.firstElementChild!.remove();
    await after(300);
    expect(w.batches.map((b) => b.removed)).toEqual([false, true]);
  });

  it('stops watching once its batches have spent the budget, says so once, and hands over nothing more', async () => {
    // 4 ms a batch against 10: the third batch spends it.
    const w = watched(BUDGET, 4);
    for (let i = 0; i < 3; i++) {
      w.add(`change ${i}`);
      await after(300);
    }
    expect(w.batches).toHaveLength(3);
    expect(w.exhausted()).toBe(0);
    w.add('one too many');
    await after(300);
    expect(w.exhausted()).toBe(1);
    w.add('later still');
    await after(2000);
    expect(w.batches).toHaveLength(3);
    expect(w.exhausted()).toBe(1);
  });

  it('keeps watching a page whose changes cost next to nothing, however many there are', async () => {
    const w = watched(BUDGET, 0.05);
    for (let i = 0; i < 150; i++) {
      w.add(`tick ${i}`);
      await after(300);
    }
    expect(w.batches).toHaveLength(150);
    expect(w.exhausted()).toBe(0);
  });

  it('leaves out nodes of ours', async () => {
    const w = watched();
    w.add('a marker of ours', true);
    await after(2000);
    expect(w.batches).toHaveLength(0);
    w.add('the page');
    w.add('another marker', true);
    await after(300);
    expect(paragraphs(w.batches[0]!)).toEqual(['the page']);
  });

  it('hands over nothing once stopped', async () => {
    const w = watched();
    w.add('before');
    w.stop();
    await after(2000);
    w.add('after');
    await after(2000);
    expect(w.batches).toHaveLength(0);
    expect(w.exhausted()).toBe(0);
  });
});
