// The test builds' watch budget: LEAKLENS_WATCH_MS gives N ms and the default's waits;
// unset leaves the default (the constant is `undefined`); anything but a whole number stops the build.
import { describe, expect, it } from 'vitest';
import {
  WATCH_BUDGET_CONSTANT,
  watchBudgetDefine,
  watchBudgetFromEnv,
} from '../../compiler/watch-budget-define';
import { DEFAULT_WATCH_BUDGET } from '../../extension/page/watcher';

describe('watchBudgetFromEnv', () => {
  it('leaves the default where the variable is unset or empty', () => {
    expect(watchBudgetFromEnv({})).toBeUndefined();
    expect(watchBudgetFromEnv({ LEAKLENS_WATCH_MS: '' })).toBeUndefined();
    expect(watchBudgetDefine({})).toEqual({ [WATCH_BUDGET_CONSTANT]: 'undefined' });
  });

  it("gives N ms of main-thread time with the default's waits", () => {
    const budget = { ...DEFAULT_WATCH_BUDGET, maxBusyMs: 3 };
    expect(watchBudgetFromEnv({ LEAKLENS_WATCH_MS: '3' })).toEqual(budget);
    const define = watchBudgetDefine({ LEAKLENS_WATCH_MS: '3' });
    expect(JSON.parse(define[WATCH_BUDGET_CONSTANT]!)).toEqual(budget);
  });

  it.each(['0', '-2', '2.5', 'three', '1e400'])('refuses %j in one line', (value) => {
    expect(() => watchBudgetFromEnv({ LEAKLENS_WATCH_MS: value })).toThrow(
      `LEAKLENS_WATCH_MS must be a whole number of milliseconds, not "${value}"`,
    );
  });
});
