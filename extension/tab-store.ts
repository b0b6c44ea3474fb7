// Per-tab state kept in session storage, so a restarted service worker can redraw the badge;
// session storage is cleared when the browser closes and never synced.
import type { TabState } from './tab-state';

/** The part of a storage area the store needs (satisfied by browser.storage.session). */
export interface KeyValueArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;

export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  put(state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

export function createTabStore(area: KeyValueArea): TabStore {
  return {
    async get(tabId) {
      const key = tabKey(tabId);
      const value = (await area.get(key))[key];
      return (value as TabState | undefined) ?? null;
    },
    put: (state) => area.set({ [tabKey(state.tabId)]: state }),
    remove: (tabId) => area.remove(tabKey(tabId)),
  };
}
