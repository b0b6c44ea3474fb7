// The slicer yields with an ordinary-priority task, never scheduler.yield(), whose continuation
// would jump ahead of the page's own timers and starve them for the length of a scan.
import { describe, expect, it } from 'vitest';
import { busyDuring, createSlicer } from '../../../extension/page/slicer';
import { serialQueue } from '../../../extension/serial-queue';

interface FakeWindow {
  calls: string[];
  win: Window;
}

function fakeWindow(scheduler: boolean): FakeWindow {
  const calls: string[] = [];
  let clock = 0;
  const win = {
    performance: { now: () => (clock += 5) },
    setTimeout: (cb: () => void) => (calls.push('setTimeout'), cb(), 1),
    scheduler: scheduler
      ? {
          yield: () => (calls.push('yield'), Promise.resolve()),
          postTask: (task: () => void, options: { priority: string }) => {
            calls.push(`postTask:${options.priority}`);
            task();
            return Promise.resolve();
          },
        }
      : undefined,
  };
  return { calls, win: win as unknown as Window };
}

describe('createSlicer', () => {
  it('yields with a user-visible task, not scheduler.yield()', async () => {
    const { calls, win } = fakeWindow(true);
    const slicer = createSlicer(win);
    await slicer.run(() => slicer.yield());
    expect(calls).toEqual(['postTask:user-visible']);
  });

  it('falls back to a timer where there is no scheduler', async () => {
    const { calls, win } = fakeWindow(false);
    const slicer = createSlicer(win);
    await slicer.run(() => slicer.yield());
    expect(calls).toEqual(['setTimeout']);
  });

  it('measures slices, not the time between them', async () => {
    const { win } = fakeWindow(true);
    const slicer = createSlicer(win);
    await slicer.run(async () => {
      await slicer.yield();
      await slicer.yield();
    });
    // Each slice spans two clock reads (5 ms apart in this fake clock).
    expect(slicer.stats().longestSliceMs).toBe(5);
  });

  it('measures with the clock it is given, and then never asks the page for one', async () => {
    const { win } = fakeWindow(true);
    Object.defineProperty(win, 'performance', {
      get: () => {
        throw new Error('the page clock was read');
      },
    });
    let clock = 100;
    const slicer = createSlicer(win, 8, () => (clock += 3));
    await slicer.run(async () => {
      await slicer.yield();
    });
    expect(slicer.stats()).toEqual({ busyMs: 6, longestSliceMs: 3 });
  });
});

describe('busyDuring', () => {
  it("charges a job its own slices, not those of a job before it in the frame's queue", async () => {
    const { win } = fakeWindow(true);
    let clock = 0;
    const slicer = createSlicer(win, 8, () => clock);
    const serial = serialQueue();
    // A first scan under way: two slices of 40 ms with a yield between them.
    const scan = serial(() =>
      slicer.run(async () => {
        clock += 40;
        await slicer.yield();
        clock += 40;
      }),
    );
    // A batch of the page's changes, queued meanwhile: one slice of 3 ms.
    const batch = serial(() =>
      busyDuring(slicer, () =>
        slicer.run(async () => {
          clock += 3;
        }),
      ),
    );
    await scan;
    expect(await batch).toBe(3);
    expect(slicer.stats().busyMs).toBe(83);
  });
});
