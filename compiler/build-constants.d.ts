// Constants the build writes into the code (wxt.config.ts, `define`).
import type { WatchBudget } from '../extension/page/watcher';

declare global {
  /** A test build's watch budget (compiler/watch-budget-define.ts); undefined in every other. */
  const __LEAKLENS_WATCH_BUDGET__: WatchBudget | undefined;
}
