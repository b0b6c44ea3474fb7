// Build wiring for test builds: LEAKLENS_WATCH_BATCHES=N gives the lookout and the scanner a watch
// budget of N batches (extension/page/watcher.ts), so that an end-to-end test can see a page that
// changes without end use its budget up in seconds rather than minutes. Unset: the default budget.
import { DEFAULT_WATCH_BUDGET, type WatchBudget } from '../extension/page/watcher';

/** The name extension/page/watcher.ts reads (compiler/build-constants.d.ts). */
export const WATCH_BUDGET_CONSTANT = '__LEAKLENS_WATCH_BUDGET__';

/** The budget a build uses, or undefined for the default; throws one line on a bad value. */
export function watchBudgetFromEnv(env: NodeJS.ProcessEnv): WatchBudget | undefined {
  const value = env.LEAKLENS_WATCH_BATCHES;
  if (value === undefined || value === '') return undefined;
  const maxBatches = Number(value);
  if (!Number.isInteger(maxBatches) || maxBatches < 1) {
    throw new Error(`LEAKLENS_WATCH_BATCHES must be a whole number of batches, not "${value}"`);
  }
  return { ...DEFAULT_WATCH_BUDGET, maxBatches };
}

/** Vite's `define` entry: the budget as a literal, or `undefined`. */
export function watchBudgetDefine(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const budget = watchBudgetFromEnv(env);
  return { [WATCH_BUDGET_CONSTANT]: budget ? JSON.stringify(budget) : 'undefined' };
}
