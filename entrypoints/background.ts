// Background: keeps each tab's scan results in session storage and draws the toolbar badge.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../extension/background-handlers';
import { listen } from '../extension/messages';
import { createTabStore } from '../extension/tab-store';

export default defineBackground(() => {
  const background = createBackground({
    store: createTabStore(browser.storage.session),
    drawBadge: async (tabId, { text, color }) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color });
      await browser.action.setBadgeText({ tabId, text });
    },
    openPage: async (path, tabId) => {
      const tab = await browser.tabs.get(tabId);
      await browser.tabs.create({
        url: browser.runtime.getURL(path as '/popup.html'),
        index: tab.index + 1,
      });
    },
  });
  listen(browser, background.handlers);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void background.onTabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
});
