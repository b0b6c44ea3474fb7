import { describe, expect, it } from 'vitest';
import { deferredMarksUi } from '../../../extension/page/deferred-marks-ui';
import type { Mark, MarksUi } from '../../../extension/page/scanner';

// The proxy never looks into a mark: numbered stand-ins are enough to follow them through.
const marks = (...indices: number[]): Mark[] => indices.map((index) => ({ index }) as Mark);

/** A MarksUi that records what it was asked, and a load the test resolves when it chooses. */
function recorder() {
  const calls: string[] = [];
  const host = { id: 'host' } as unknown as Node;
  const ui: MarksUi = {
    show: (m) => void calls.push(`show ${m.map((x) => x.index).join(',')}`),
    clear: () => void calls.push('clear'),
    contains: (node) => node === host,
  };
  let loads = 0;
  let finish: (ui: MarksUi | null) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const load = () =>
    new Promise<MarksUi | null>((resolve, reject) => {
      loads += 1;
      finish = resolve;
      fail = reject;
    });
  return {
    calls,
    host,
    ui,
    load,
    loads: () => loads,
    finish: (u: MarksUi | null = ui) => finish(u),
    fail: () => fail(new Error('extension context invalidated')),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('deferredMarksUi', () => {
  it('loads nothing until there are marks to show', async () => {
    const r = recorder();
    const ui = deferredMarksUi(r.load);
    ui.show([]);
    ui.clear();
    await settle();
    expect(r.loads()).toBe(0);
    expect(ui.contains(r.host)).toBe(false);
  });

  it('loads once, then shows the latest marks and passes everything on', async () => {
    const r = recorder();
    const ui = deferredMarksUi(r.load);
    ui.show(marks(1));
    ui.show(marks(1, 2));
    expect(r.loads()).toBe(1);
    expect(r.calls).toEqual([]);
    r.finish();
    await settle();
    expect(r.calls).toEqual(['show 1,2']);
    ui.show(marks(3));
    ui.clear();
    expect(r.calls).toEqual(['show 1,2', 'show 3', 'clear']);
    expect(r.loads()).toBe(1);
    expect(ui.contains(r.host)).toBe(true);
  });

  it('shows nothing when the marks were cleared while it loaded', async () => {
    const r = recorder();
    const ui = deferredMarksUi(r.load);
    ui.show(marks(1));
    ui.clear();
    r.finish();
    await settle();
    expect(r.calls).toEqual([]);
  });

  it('stays quiet when the UI cannot be loaded', async () => {
    const r = recorder();
    const ui = deferredMarksUi(r.load);
    ui.show(marks(1));
    r.fail();
    await settle();
    expect(() => ui.show(marks(2))).not.toThrow();
    expect(() => ui.clear()).not.toThrow();
    expect(ui.contains(r.host)).toBe(false);
    expect(r.loads()).toBe(1);

    const missing = recorder();
    const without = deferredMarksUi(missing.load);
    without.show(marks(1));
    missing.finish(null);
    await settle();
    expect(() => without.show(marks(2))).not.toThrow();
    expect(without.contains(missing.host)).toBe(false);
  });
});
