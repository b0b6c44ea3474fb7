// How a frame's scripts (the lookout, the scanner) send the background their report.
import { sendToBackground, type BrowserApi } from '../messages';
import type { FrameReport } from '../tab-state';

/**
 * Sends the frame's report; never fails: the background may be restarting or the extension
 * reloading, and the next report will do.
 */
export function sendReport(env: { browser: BrowserApi }, report: FrameReport): Promise<void> {
  return sendToBackground(env.browser, 'reportScan', report).catch(() => {});
}

/** The one line a failed frame reports. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
