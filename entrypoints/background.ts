// Background: keeps each tab's scan results in session storage, draws the toolbar badge, and
// checks for signed bundle updates (alarm every 6 hours, "Check now" from the options page).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recheckStoredUpdate } from '../extension/active-bundle';
import { createBackground } from '../extension/background-handlers';
import { listen, type BackgroundMessages } from '../extension/messages';
import { toggleSite } from '../extension/settings';
import { updateSettings } from '../extension/settings-store';
import { createTabStore } from '../extension/tab-store';
import { ensureUpdateAlarm } from '../extension/updates/schedule';
import { createUpdater } from '../extension/updates/updater';
import { builtinBundle } from 'virtual:leaklens-bundle';
import { allowHttpLoopback, publicKey } from 'virtual:leaklens-update-key';

export default defineBackground(() => {
  const extensionVersion = browser.runtime.getManifest().version;
  const builtin = builtinBundle();
  // After an extension update, a stored bundle is used by pages once this version checked it.
  void recheckStoredUpdate(builtin, extensionVersion);
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
    // Defining the settings item here also runs its migrations once the background starts.
    hideSite: async (host) => {
      await updateSettings((s) => ({ ...s, hiddenSites: toggleSite(s.hiddenSites, host, true) }));
    },
    loadScanner: async ({ tabId, frameId, documentId }) => {
      const target = documentId
        ? { tabId, documentIds: [documentId] }
        : { tabId, frameIds: [frameId] };
      await browser.scripting.executeScript({ target, files: ['/scanner.js'] });
    },
  });
  const updater = createUpdater({
    fetch: (input, init) => fetch(input, init),
    publicKey,
    builtin,
    rules: { allowHttpLoopback },
    extensionVersion,
  });
  listen<BackgroundMessages>(browser, { ...background.handlers, ...updater.handlers });
  browser.alarms.onAlarm.addListener((alarm) => void updater.onAlarm(alarm));
  void ensureUpdateAlarm(browser.alarms);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void background.onTabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
});
