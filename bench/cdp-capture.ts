// Records what one page load costs the renderer, over the Chrome DevTools Protocol: Chromium with
// the unpacked extension (the e2e harness's flags and binary), one CDP session per page, a trace
// and optionally a CPU profile from before navigation until the frame's scan report is in.
// The harness's BrowserSession hides Playwright's context, which CDP sessions need, so this uses
// the harness's launcher directly and keeps the context.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { Tab } from '../tests/e2e/harness';
import { extensionOrigin, launchExtensionContext } from '../tests/e2e/harness/chromium';
import { parseJsonResult, pollUntil, sleep, wrapForJson } from '../tests/e2e/harness/common';
import type { CpuProfile } from './cdp-profile';
import type { TraceEvent } from './cdp-trace';
import { READ_MARK, TRACE_CATEGORIES } from './cdp-trace';

export interface CaptureOptions {
  /** Also run V8's sampling profiler (it slows the page's JS; see bench/inpage.ts). */
  profile: boolean;
  samplingIntervalUs: number;
  /**
   * Kept recording after the report is in: marks and the first mutation batch (the watcher waits
   * for 300 ms of quiet) still run then, and they are the extension's work too.
   */
  settleMs: number;
  /**
   * Left alone after the load, before the benchmark reads the report: the reads (a function the
   * background runs in the page) are its own work, not the lookout's, and are left out of the
   * cost where the extension's work was over by then (bench/main-thread.ts).
   */
  quietMs: number;
}

export interface PageCapture<R> {
  report: R;
  profile?: CpuProfile;
  events: TraceEvent[];
}

/** Reads the scan report from an extension page: the same `waitFor` the harness's tabs offer. */
export type ReportReader<R> = (extensionPage: Pick<Tab, 'waitFor'>, pageUrl: string) => Promise<R>;

export class CdpBrowser {
  private constructor(
    private readonly context: BrowserContext,
    private readonly profileDir: string,
    private readonly extensionPage: Pick<Tab, 'waitFor'>,
  ) {}

  static async launch(extensionDir: string): Promise<CdpBrowser> {
    const profileDir = await mkdtemp(join(tmpdir(), 'leaklens-cdp-'));
    const context = await launchExtensionContext(extensionDir, profileDir);
    try {
      const origin = await extensionOrigin(context, extensionDir);
      const popup = await context.newPage();
      await popup.goto(`${origin}/popup.html`);
      const evaluate = async <T>(expression: string): Promise<T> =>
        parseJsonResult<T>(await popup.evaluate(wrapForJson(expression)));
      const extensionPage: Pick<Tab, 'waitFor'> = {
        waitFor: <T>(expression: string, timeoutMs = 10_000) =>
          pollUntil((e) => evaluate<T>(e), expression, timeoutMs),
      };
      return new CdpBrowser(context, profileDir, extensionPage);
    } catch (error) {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
      throw error;
    }
  }

  async capture<R>(
    url: string,
    options: CaptureOptions,
    readReport: ReportReader<R>,
  ): Promise<PageCapture<R>> {
    const page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(page);
    try {
      const events: TraceEvent[] = [];
      // The protocol types trace events as loose records; TraceEvent names the fields we read.
      cdp.on('Tracing.dataCollected', ({ value }) =>
        events.push(...(value as unknown as TraceEvent[])),
      );
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
      });
      if (options.profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: options.samplingIntervalUs });
        // Started on the blank tab; the DevTools agent restarts it in the page's renderer if the
        // navigation swaps processes, so content.js's evaluation is in the profile.
        await cdp.send('Profiler.start');
      }
      await page.goto(url, { waitUntil: 'load' });
      // Left alone first: the lookout looks once the page is idle, with nobody asking it
      // anything. The mark then tells the trace where the benchmark's own reads begin.
      await sleep(options.quietMs);
      await cdp.send('Runtime.evaluate', {
        expression: `console.timeStamp(${JSON.stringify(READ_MARK)})`,
      });
      const report = await readReport(this.extensionPage, url);
      await sleep(options.settleMs);
      const profile = options.profile ? (await cdp.send('Profiler.stop')).profile : undefined;
      await stopTracing(cdp);
      return { report, profile, events };
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  }

  async close(): Promise<void> {
    try {
      await this.context.close();
    } finally {
      await rm(this.profileDir, { recursive: true, force: true });
    }
  }
}

/** Ends the trace and waits until every buffered event has been delivered. */
async function stopTracing(cdp: CDPSession): Promise<void> {
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.end');
  await complete;
}
