// Build wiring for test builds: LEAKLENS_WATCH_MS=N gives the lookout and the scanner a watch
// budget of N ms of main-thread time (extension/page/watcher.ts), so that an end-to-end test can
// see a page that changes without end use its budget up in seconds rather than hours. Unset: the
// default budget.
import { DEFAULT_WATCH_BUDGET, type WatchBudget } from '../extension/page/watcher';

/** The name extension/page/watcher.ts reads (compiler/build-constants.d.ts). */
export const WATCH_BUDGET_CONSTANT = '__LEAKLENS_WATCH_BUDGET__';

/** The budget a build uses, or undefined for the default; throws one line on a bad value. */
export function watchBudgetFromEnv(env: NodeJS.ProcessEnv): WatchBudget | undefined {
  const value = env.LEAKLENS_WATCH_MS;
  if (value === undefined || value === '') return undefined;
  const maxBusyMs = Number(value);
  if (!Number.isInteger(maxBusyMs) || maxBusyMs < 1) {
    throw new Error(`LEAKLENS_WATCH_MS must be a whole number of milliseconds, not "${value}"`);
  }
  return { ...DEFAULT_WATCH_BUDGET, maxBusyMs };
}

/** Vite's `define` entry: the budget as a literal, or `undefined`. */
export function watchBudgetDefine(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const budget = watchBudgetFromEnv(env);
  return { [WATCH_BUDGET_CONSTANT]: budget ? JSON.stringify(budget) : 'undefined' };
}
