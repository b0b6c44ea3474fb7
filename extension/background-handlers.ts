// The background's message handlers and tab events as plain functions over injected
// dependencies, so unit tests call them directly; entrypoints/background.ts only wires them.
import type { Handlers } from './messages';
import type { BackgroundProtocol } from './messages';
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
  /** Loads the scanner into one frame (its document, where the browser can name it). */
  loadScanner(frame: FrameTarget): Promise<void>;
  /** What each frame of the tab's lookout kept (extension/page/frame-world.ts), and the tab's URL. */
  readFrames(
    tabId: number,
  ): Promise<{ url: string; frames: { frameId: number; result: unknown }[] }>;
}

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

export function createBackground({
  store,
  drawBadge,
  openPage,
  hideSite,
  loadScanner,
  readFrames,
}: BackgroundDeps): Background {
  const queue = perTabQueue();
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
      loadScanner: async (_data, sender) => {
        // Only into the frame that asks: a frame never gets the scanner loaded elsewhere.
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return;
        const { documentId } = sender as { documentId?: unknown };
        await loadScanner({
          tabId,
          frameId: sender.frameId ?? 0,
          ...(typeof documentId === 'string' ? { documentId } : {}),
        });
      },
    },
    onTabLoading: (tabId) =>
      queue(tabId, async () => {
        await store.remove(tabId);
        await drawBadge(tabId, badgeFor(null));
      }),
    onTabRemoved: (tabId) => queue(tabId, () => store.remove(tabId)),
  };
}
