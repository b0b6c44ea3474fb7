// The scanner's work on one frame (loaded where the lookout hands over): scan the page in slices
// once it is idle, mark the passages, report to the background, then follow later changes.
import { buildIndex, type EngineIndex } from '../../engine/index';
import { prefilterOf } from '../../engine/prefilter';
import type { Passage, ScanResult, Verdict } from '../../engine/types';
import { listen, type BrowserApi, type ContentProtocol, type Handlers } from '../messages';
import { buildReport, emptyReport, textPassages } from '../report';
import { isListed, isPausedAt, siteOf, type Settings } from '../settings';
import type { FrameReport } from '../tab-state';
import type { PageBundle } from '../trusted-bundle';
import { createHighlighter, type Highlighter } from './highlights';
import { PageScan } from './page-scan';
import { watchSettings } from './page-storage';
import { rangeFor } from './ranges';
import { busyDuring, createSlicer, type Slicer } from './slicer';
import { lookoutMs } from './frame-world';
import { errorText, sendReport } from './frame-report';
import { idle, pageRoot } from './nodes';
import { serialQueue } from '../serial-queue';
import { isHidden } from './visibility';
import { watchMutations, type Batch } from './watcher';

/** A marked passage as the in-page UI shows it. */
export interface Mark {
  index: number;
  range: Range;
  verdict: Verdict;
  passage: Passage;
}

/** The in-page markers and cards (mounted by the entry point, which owns the components). */
export interface MarksUi {
  show(marks: readonly Mark[]): void;
  clear(): void;
  /** Our UI's host element, whose changes and text the scanner ignores. */
  contains(node: Node): boolean;
}

export interface ScannerEnv {
  browser: BrowserApi;
  win: Window;
  source: PageBundle;
  /** The settings when the page loaded; later changes arrive through storage events. */
  settings: Settings;
  ui: MarksUi;
  /** Registers cleanup for when the extension is updated or disabled. */
  onInvalidated(cb: () => void): void;
}

class FrameScanner {
  private readonly highlighter: Highlighter;
  private readonly slicer: Slicer;
  private scan: PageScan;
  private readonly scanOptions: ConstructorParameters<typeof PageScan>[0];
  private marks: Mark[] = [];
  private url: string;
  private status: FrameReport['status'] = 'scanned';

  constructor(
    private readonly env: ScannerEnv,
    private settings: Settings,
  ) {
    this.highlighter = createHighlighter(env.win);
    this.slicer = createSlicer(env.win);
    const now = () => env.win.performance.now();
    const { filter, bundle } = env.source;
    let built: EngineIndex | undefined;
    const index = () =>
      (built ??= buildIndex(bundle(), { lazy: true, filter: filter ?? undefined }));
    // An update has no compiled filter: its index is built now, so a bad one fails here.
    const prefilter = filter ? prefilterOf(filter) : index().prefilter;
    this.scanOptions = {
      index,
      prefilter,
      sensitivity: settings.sensitivity,
      extract: { isHidden },
      now,
    };
    this.scan = new PageScan(this.scanOptions);
    this.url = env.win.location.href;
  }

  private get root(): Node {
    return pageRoot(this.env.win.document);
  }

  /** Scans run one after another, and their reports keep their order. */
  private readonly serial = serialQueue();

  scanAll(): Promise<void> {
    return this.serial(() => this.scanAllNow());
  }

  // The report is sent after the slice ends: awaiting the background's reply inside it would
  // count the round trip (tens of ms when the background is busy) as main-thread time.
  private async scanAllNow(): Promise<void> {
    const report = await this.slicer.run(async () => {
      this.scan.clear();
      await this.scan.addSubtree(this.root, this.slicer);
      return this.publish();
    });
    await sendReport(this.env, report);
  }

  /** Follows a batch of the page's changes; resolves with the main-thread time that took. */
  onBatch(batch: Batch): Promise<number> {
    return this.serial(() => busyDuring(this.slicer, () => this.applyBatch(batch)));
  }

  private async applyBatch(batch: Batch): Promise<void> {
    // Paused: the page's changes wait; resuming rescans the page.
    if (this.paused) return;
    if (this.env.win.location.href !== this.url) {
      // A single-page navigation: the page is another one now.
      this.url = this.env.win.location.href;
      return this.scanAllNow();
    }
    const report = await this.slicer.run(async () => {
      await this.scan.applyChanges(batch.nodes, batch.removed, this.slicer);
      return this.publish();
    });
    await sendReport(this.env, report);
  }

  exhausted(): Promise<void> {
    return this.serial(() => {
      this.status = 'budget-exhausted';
      return sendReport(this.env, this.publish());
    });
  }

  private get paused(): boolean {
    return isPausedAt(this.settings, this.url);
  }

  /**
   * Follows a settings change: marks are redrawn; pausing the site clears them and reports the
   * frame paused (the badge clears); resuming it or a new sensitivity rescans the page.
   */
  applySettings(settings: Settings): Promise<void> {
    return this.serial(async () => {
      const rescan = settings.sensitivity !== this.settings.sensitivity || this.paused;
      this.settings = settings;
      if (this.paused) {
        this.destroy();
        return sendReport(this.env, emptyReport('paused', this.env.source.info));
      }
      if (!rescan) return this.draw(this.scan.merged());
      this.scan = new PageScan({ ...this.scanOptions, sensitivity: settings.sensitivity });
      await this.scanAllNow();
    });
  }

  show(index: number): boolean {
    const mark = this.marks.find((m) => m.index === index);
    const range = mark ? this.rangeOf(mark.passage) : null;
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    this.highlighter.set('flash', [range]);
    this.env.win.setTimeout(() => this.highlighter.set('flash', []), 1600);
    return true;
  }

  destroy(): void {
    this.highlighter.clear();
    this.env.ui.clear();
  }

  private rangeOf(p: Passage): Range | null {
    const part = this.scan.parts[p.part ?? 0];
    return part ? rangeFor(this.env.win.document, part.page, p.start, p.end) : null;
  }

  /** Draws the marks and returns the frame's report (sent by the caller, outside any slice). */
  private publish(): FrameReport {
    const result = this.scan.merged();
    this.draw(result);
    const pageOf = (p: Passage) => this.scan.parts[p.part ?? 0]?.page;
    const report = buildReport(result, pageOf, this.env.source.info);
    const { busyMs, longestSliceMs } = this.slicer.stats();
    // The lookout's look, if one came first, is part of this frame's scan.
    const timing = {
      scanner: true,
      ...this.scan.timing,
      totalMs: busyMs + lookoutMs(),
      longestSliceMs,
    };
    return { ...report, status: this.status, timing };
  }

  private draw(result: ScanResult): void {
    const verdictOf = new Map(result.leaks.map((l) => [l.id, l.verdict]));
    const hidden = isListed(this.settings.hiddenSites, siteOf(this.url));
    this.marks = [];
    textPassages(result).forEach((passage, index) => {
      const verdict = verdictOf.get(passage.leak) ?? 'none';
      if (hidden || !this.settings.markInline.includes(verdict)) return;
      const range = this.rangeOf(passage);
      if (range) this.marks.push({ index, range, verdict, passage });
    });
    this.highlighter.clear();
    for (const verdict of new Set(this.marks.map((m) => m.verdict))) {
      this.highlighter.set(
        verdict,
        this.marks.filter((m) => m.verdict === verdict).map((m) => m.range),
      );
    }
    if (this.marks.length > 0) this.env.ui.show(this.marks);
    else this.env.ui.clear();
  }
}

export async function startScanner(env: ScannerEnv): Promise<void> {
  if (!isPausedAt(env.settings, env.win.location.href)) return scanFrame(env);
  await sendReport(env, emptyReport('paused', env.source.info));
  // Resume works without a reload: scanning starts once the site is no longer paused.
  const unwatch = watchSettings(env.browser, (settings) => {
    if (isPausedAt(settings, env.win.location.href)) return;
    unwatch();
    void scanFrame({ ...env, settings });
  });
  env.onInvalidated(unwatch);
}

async function scanFrame(env: ScannerEnv): Promise<void> {
  const { win } = env;
  await idle(win);
  let scanner: FrameScanner;
  try {
    scanner = new FrameScanner(env, env.settings);
  } catch (error) {
    return sendReport(env, emptyReport('failed', env.source.info, errorText(error)));
  }
  // Watching starts before the first scan: what the page changes in text the scan has already
  // read arrives as a batch, handled once the scan is done (the scanner runs one job at a time).
  const watcher = watchMutations({
    win,
    root: win.document,
    ignore: (node) => env.ui.contains(node),
    onBatch: (batch) => scanner.onBatch(batch).catch(() => 0),
    onExhausted: () => void scanner.exhausted(),
  });
  try {
    await scanner.scanAll();
  } catch (error) {
    watcher.stop();
    return sendReport(env, emptyReport('failed', env.source.info, errorText(error)));
  }
  const handlers: Handlers<ContentProtocol> = {
    showPassage: ({ index }) => scanner.show(index),
  };
  const unlisten = listen(env.browser, handlers);
  const unwatch = watchSettings(env.browser, (value) => void scanner.applySettings(value));
  env.onInvalidated(() => {
    watcher.stop();
    unlisten();
    unwatch();
    scanner.destroy();
  });
}
