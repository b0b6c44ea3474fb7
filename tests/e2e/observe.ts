// Reads what LeakLens did to a tab through its observable channels only: CSS highlights and the
// DOM from the page world, the tab's state (as the popup gets it), the badge and which scripts ran
// in the frame from an extension page, and the popup.
import type { TabState } from '../../extension/tab-state';
import type { BrowserSession, Tab } from './harness';

/** The extension API object in an extension page of either browser. */
const API = '(globalThis.browser ?? globalThis.chrome)';

export interface PageMarks {
  /** Size of every `leaklens-*` CSS highlight registered in the page, by name. */
  highlights: Record<string, number>;
  /** Whether the DOM equals a fresh parse of the served HTML once `<leaklens-ui>` hosts are removed. */
  domUnchanged: boolean;
  /** Where the DOMs first differ, when they do. */
  domDiff?: string;
  /** Every `<leaklens-ui>` element: whether it hangs off <html> and carries data-leaklens-ui. */
  uiHosts: { onRoot: boolean; marked: boolean }[];
}

export interface Badge {
  text: string;
  /** [r, g, b, a] as the action API reports it. */
  color: number[];
}

export interface PopupFinding {
  verdict: string;
  passages: number;
}

const HIGHLIGHTS = `Object.fromEntries([...CSS.highlights.keys()]
  .filter((name) => name.startsWith('leaklens-'))
  .map((name) => [name, CSS.highlights.get(name).size]))`;

/**
 * Compares the live DOM with the served HTML parsed afresh (same parser, no scripts), so any node or
 * attribute the extension added, removed or changed shows up; only its UI hosts are allowed.
 */
const DOM_CHECK = `(async () => {
  const html = await (await fetch(location.href)).text();
  const fresh = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
  const hosts = [...document.querySelectorAll('leaklens-ui')];
  const uiHosts = hosts.map((h) => ({
    onRoot: h.parentNode === document.documentElement,
    marked: h.hasAttribute('data-leaklens-ui'),
  }));
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('leaklens-ui').forEach((h) => h.remove());
  const live = clone.outerHTML;
  let at = 0;
  while (at < live.length && live[at] === fresh[at]) at++;
  const domUnchanged = live === fresh;
  const domDiff = domUnchanged ? undefined
    : 'live: ' + live.slice(at, at + 80) + ' | served: ' + fresh.slice(at, at + 80);
  return { highlights: ${HIGHLIGHTS}, domUnchanged, domDiff, uiHosts };
})()`;

export function pageMarks(tab: Tab): Promise<PageMarks> {
  return tab.evaluate<PageMarks>(DOM_CHECK);
}

export function highlightSizes(tab: Tab): Promise<Record<string, number>> {
  return tab.evaluate<Record<string, number>>(HIGHLIGHTS);
}

/** Which of the scripts the background loads on request have run in the tab's top frame. */
export function loadedScripts(
  ext: Tab,
  tabId: number,
): Promise<{ scanner: boolean; marksUi: boolean }> {
  // Runs in the content scripts' world, where the scanner and the marks UI leave their marks.
  return ext.evaluate(
    `${API}.scripting.executeScript({
      target: { tabId: ${tabId}, frameIds: [0] },
      func: () => ({
        scanner: globalThis[Symbol.for('leaklens.scanner-started')] === true,
        marksUi: typeof globalThis[Symbol.for('leaklens.marks-ui')] === 'function',
      }),
    }).then((results) => results[0].result)`,
  );
}

/**
 * The tab's state as the popup gets it: the stored reports, and what the lookouts of frames where
 * nothing was found kept to themselves (the background asks them).
 */
export function tabStateExpression(tabId: number | string): string {
  return `${API}.runtime.sendMessage({ leaklens: 'getTabState', data: { tabId: ${tabId} } })`;
}

export function tabState(ext: Tab, tabId: number): Promise<TabState | null> {
  return ext.evaluate<TabState | null>(tabStateExpression(tabId));
}

/** Waits until the tab showing `pageUrl` has its top frame's report and returns the tab's id. */
export async function tabIdFor(ext: Tab, pageUrl: string, timeoutMs = 20_000): Promise<number> {
  return ext.waitFor<number>(
    `${API}.tabs.query({}).then((tabs) => {
      const tab = tabs.find((t) => t.url === ${JSON.stringify(pageUrl)});
      return tab ? ${tabStateExpression('tab.id')}.then((s) =>
        s && s.frames.some((f) => f.frameId === 0) ? tab.id : null) : null;
    })`,
    timeoutMs,
  );
}

export async function badgeOf(ext: Tab, tabId: number): Promise<Badge> {
  return ext.evaluate<Badge>(`Promise.all([
    ${API}.action.getBadgeText({ tabId: ${tabId} }),
    ${API}.action.getBadgeBackgroundColor({ tabId: ${tabId} }),
  ]).then(([text, color]) => ({ text, color }))`);
}

/** Opens the popup for `tabId` in a tab of its own and reads its finding. */
export async function popupFinding(session: BrowserSession, tabId: number): Promise<PopupFinding> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    return await popup.waitFor<PopupFinding>(
      `(() => {
        const el = document.querySelector('[data-testid="finding"]');
        return el && { verdict: el.dataset.verdict, passages: Number(el.dataset.passages) };
      })()`,
    );
  } finally {
    await popup.close();
  }
}

/** How many scan notes ("scanned only part of it", "failed") the popup shows for the tab. */
export async function popupNotes(session: BrowserSession, tabId: number): Promise<number> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    await popup.waitFor(`!!document.querySelector('[data-testid="finding"]')`);
    return await popup.evaluate<number>(
      `document.querySelectorAll('[data-testid="scan-note"]').length`,
    );
  } finally {
    await popup.close();
  }
}
