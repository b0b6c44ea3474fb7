// Decides what the popup shows for a tab, from the tab's URL, its stored state and the settings.
import { isListed, siteOf, type Settings } from './settings';
import type { TabState } from './tab-state';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'not-scanned' }
  | { kind: 'paused'; site: string }
  | { kind: 'result'; state: TabState };

export function popupView(
  tabUrl: string | undefined,
  state: TabState | null,
  settings: Settings,
): PopupView {
  const url = state?.url || tabUrl;
  const site = url ? siteOf(url) : null;
  if (url && site === null) return { kind: 'unavailable' };
  if (site !== null && isListed(settings.pausedSites, site)) return { kind: 'paused', site };
  if (state === null || state.frames.length === 0) return { kind: 'not-scanned' };
  return { kind: 'result', state };
}
