// The background's message handlers and tab events as plain functions over injected
// dependencies, so unit tests call them directly; entrypoints/background.ts only wires them.
import type { BackgroundProtocol, Handlers, Sender } from './messages';
import { normalizeHost, siteOf } from './settings';
import { isRecord } from './is-record';
import {
  applyReport,
  badgeFor,
  withQuietFrames,
  type Badge,
  type FrameReport,
  type QuietFrame,
} from './tab-state';
import type { TabStore } from './tab-store';

/** Where the badge is drawn (browser.action in the extension, a recorder in tests). */
export type BadgeSink = (tabId: number, badge: Badge) => Promise<void>;

export interface BackgroundDeps {
  store: TabStore;
  drawBadge: BadgeSink;
  /** Opens an extension page (path and query) in a new tab next to `tabId`. */
  openPage(path: string, tabId: number): Promise<void>;
  /** Adds a host to the sites whose marks are hidden. */
  hideSite(host: string): Promise<void>;
  /** Runs one of the extension's page scripts in one frame (its document, where it can be named). */
  loadScript(frame: FrameTarget, script: PageScript): Promise<void>;
  /** What each frame of the tab's lookout kept (extension/page/frame-world.ts), and the tab's URL. */
  readFrames(
    tabId: number,
  ): Promise<{ url: string; frames: { frameId: number; result: unknown }[] }>;
}

/**
 * The scripts the background loads into a frame on its lookout's or scanner's request, not through
 * the manifest: the scanner where the lookout finds something, the marks' UI where the scanner first
 * has marks to show.
 */
export type PageScript = '/scanner.js' | '/marks-ui.js';

/** One frame of a tab; `documentId` pins the document that asked, where the browser gives it. */
export interface FrameTarget {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export interface Background {
  handlers: Handlers<BackgroundProtocol>;
  /** A tab started loading a new document: forget its results. */
  onTabLoading(tabId: number): Promise<void>;
  onTabRemoved(tabId: number): Promise<void>;
}

/** Serializes updates per tab: frames report concurrently and each update reads then writes. */
function perTabQueue(): (tabId: number, job: () => Promise<void>) => Promise<void> {
  const tails = new Map<number, Promise<void>>();
  return (tabId, job) => {
    const next = (tails.get(tabId) ?? Promise.resolve()).then(job, job);
    tails.set(tabId, next);
    void next.finally(() => tails.get(tabId) === next && tails.delete(tabId));
    return next;
  };
}

/** The lookout's reports among what the frames returned (a frame without one returns null). */
function quietFrames(frames: readonly { frameId: number; result: unknown }[]): QuietFrame[] {
  return frames.flatMap(({ frameId, result }) =>
    isRecord(result) && typeof result['status'] === 'string' && Array.isArray(result['passages'])
      ? [{ frameId, report: result as unknown as FrameReport }]
      : [],
  );
}

/** The frame that sent a message; null for senders outside a tab (e.g. extension pages). */
function frameOf(sender: Sender): FrameTarget | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  const { documentId } = sender as { documentId?: unknown };
  return {
    tabId,
    frameId: sender.frameId ?? 0,
    ...(typeof documentId === 'string' ? { documentId } : {}),
  };
}

export function createBackground({
  store,
  drawBadge,
  openPage,
  hideSite,
  loadScript,
  readFrames,
}: BackgroundDeps): Background {
  const queue = perTabQueue();
  // Only into the frame that asks: a frame never gets a script loaded elsewhere.
  const loadInto = async (sender: Sender, script: PageScript): Promise<void> => {
    const frame = frameOf(sender);
    if (frame) await loadScript(frame, script);
  };
  return {
    handlers: {
      reportScan: (report, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return;
        const frameId = sender.frameId ?? 0;
        const url = frameId === 0 ? (sender.url ?? '') : (sender.tab?.url ?? '');
        return queue(tabId, async () => {
          const state = applyReport(await store.get(tabId), tabId, frameId, url, report);
          await store.put(state);
          await drawBadge(tabId, badgeFor(state));
        });
      },
      // Frames where the lookout found nothing sent no report: their lookouts are asked now.
      getTabState: async ({ tabId }) => {
        const [state, seen] = await Promise.all([
          store.get(tabId),
          readFrames(tabId).catch(() => null),
        ]);
        return seen ? withQuietFrames(state, tabId, seen.url, quietFrames(seen.frames)) : state;
      },
      openDetails: async ({ leak }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return;
        await openPage(`/popup.html?tab=${tabId}&leak=${encodeURIComponent(leak)}`, tabId);
      },
      hideSite: async ({ site }, sender) => {
        // Only the site of the frame that asks: a page cannot hide marks on other sites.
        const host = typeof site === 'string' ? normalizeHost(site) : null;
        if (host === null || host !== siteOf(sender.url ?? '')) return;
        await hideSite(host);
      },
      loadScanner: (_data, sender) => loadInto(sender, '/scanner.js'),
      loadMarksUi: (_data, sender) => loadInto(sender, '/marks-ui.js'),
    },
    onTabLoading: (tabId) =>
      queue(tabId, async () => {
        await store.remove(tabId);
        await drawBadge(tabId, badgeFor(null));
      }),
    onTabRemoved: (tabId) => queue(tabId, () => store.remove(tabId)),
  };
}
