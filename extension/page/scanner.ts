// The content script's work on one frame: read the settings, extract and scan the page when it
// is idle, mark the passages, report to the background, and answer "show passage".
import type { Bundle } from '../../engine/bundle';
import { buildIndex, extractPageText, scan, type EngineIndex } from '../../engine/index';
import type { PageText, Passage, Verdict } from '../../engine/types';
import {
  listen,
  sendToBackground,
  type BrowserApi,
  type ContentProtocol,
  type Handlers,
} from '../messages';
import { bundleInfo, buildReport, emptyReport, isTextPassage } from '../report';
import { isListed, loadSettings, siteOf, type Settings } from '../settings';
import type { FrameReport } from '../tab-state';
import { createHighlighter, type Highlighter } from './highlights';
import { rangeFor } from './ranges';

export interface ScannerEnv {
  browser: BrowserApi;
  win: Window;
  bundle: Bundle;
  /** Registers cleanup for when the extension is updated or disabled. */
  onInvalidated(cb: () => void): void;
}

interface FrameScan {
  page: PageText;
  passages: Passage[];
}

const idle = (win: Window): Promise<void> =>
  new Promise((resolve) =>
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback(() => resolve(), { timeout: 2000 })
      : win.setTimeout(resolve, 50),
  );

function isHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el, { contentVisibilityAuto: false }) : false;
}

function markPassages(
  win: Window,
  highlighter: Highlighter,
  frame: FrameScan,
  verdictOf: Map<string, Verdict>,
  settings: Settings,
): void {
  const byVerdict = new Map<Verdict, Range[]>();
  for (const p of frame.passages) {
    const verdict = verdictOf.get(p.leak) ?? 'none';
    if (!settings.markInline.includes(verdict)) continue;
    const range = rangeFor(win.document, frame.page, p.start, p.end);
    if (range) byVerdict.set(verdict, [...(byVerdict.get(verdict) ?? []), range]);
  }
  for (const [verdict, ranges] of byVerdict) highlighter.set(verdict, ranges);
}

function flash(win: Window, highlighter: Highlighter, range: Range): void {
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'auto' });
  highlighter.set('flash', [range]);
  win.setTimeout(() => highlighter.set('flash', []), 1600);
}

export async function startScanner(env: ScannerEnv): Promise<void> {
  const { browser, win, bundle } = env;
  const info = bundleInfo(bundle);
  const report = (r: FrameReport) => sendToBackground(browser, 'reportScan', r).catch(() => {});
  const settings = await loadSettings();
  const site = siteOf(win.location.href);
  if (isListed(settings.pausedSites, site)) return void (await report(emptyReport('paused', info)));

  await idle(win);
  const highlighter = createHighlighter(win);
  env.onInvalidated(() => highlighter.clear());
  let frame: FrameScan | null = null;
  try {
    const index: EngineIndex = buildIndex(bundle);
    const page = extractPageText(win.document.body ?? win.document.documentElement, { isHidden });
    const result = scan(index, page, { sensitivity: settings.sensitivity });
    frame = { page, passages: result.leaks.flatMap((l) => l.passages.filter(isTextPassage)) };
    frame.passages.sort((a, b) => a.start - b.start);
    if (!isListed(settings.hiddenSites, site)) {
      markPassages(
        win,
        highlighter,
        frame,
        new Map(result.leaks.map((l) => [l.id, l.verdict])),
        settings,
      );
    }
    await report(buildReport(result, page, info));
  } catch (error) {
    await report(
      emptyReport('failed', info, error instanceof Error ? error.message : String(error)),
    );
  }

  const handlers: Handlers<ContentProtocol> = {
    showPassage: ({ index }) => {
      const p = frame?.passages[index];
      const range = p && frame ? rangeFor(win.document, frame.page, p.start, p.end) : null;
      if (range) flash(win, highlighter, range);
      return range !== null;
    },
  };
  env.onInvalidated(listen(browser, handlers));
}
