// Reads what LeakLens did to a tab through its observable channels only: CSS highlights and the
// DOM from the page world, session storage and the badge from an extension page, and the popup.
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

/** Waits until the background has stored state for `pageUrl` and returns that tab's id. */
export async function tabIdFor(ext: Tab, pageUrl: string, timeoutMs = 20_000): Promise<number> {
  const key = await ext.waitFor<string>(
    `${API}.storage.session.get().then((all) => Object.entries(all).find(
      ([key, value]) => key.startsWith('tab:') && value && value.url === ${JSON.stringify(pageUrl)},
    )?.[0] ?? null)`,
    timeoutMs,
  );
  return Number(key.slice('tab:'.length));
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
