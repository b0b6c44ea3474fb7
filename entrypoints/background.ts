// Background: keeps each tab's scan results in session storage, draws the toolbar badge, keeps
// the lookout's flag scripts in step with the settings and the active update, and checks for signed
// bundle updates (alarm every 6 hours, "Check now" from the options page).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recheckStoredUpdate } from '../extension/active-bundle';
import { createBackground } from '../extension/background-handlers';
import { ALL_PAGES, createFlagKeeper, flippedSites } from '../extension/lookout-flags';
import { listen, type BackgroundMessages } from '../extension/messages';
import { notifySettingsChangedOn, readQuietReport } from '../extension/page/frame-world';
import { serialQueue } from '../extension/serial-queue';
import { SETTINGS_KEY, toSettings, toggleSite } from '../extension/settings';
import { loadSettings, updateSettings } from '../extension/settings-store';
import { ACTIVE_UPDATE_KEY } from '../extension/updates/active-update-key';
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
    loadScript: async ({ tabId, frameId, documentId }, script) => {
      const target = documentId
        ? { tabId, documentIds: [documentId] }
        : { tabId, frameIds: [frameId] };
      await browser.scripting.executeScript({ target, files: [script] });
    },
    readFrames: async (tabId) => {
      const [tab, results] = await Promise.all([
        browser.tabs.get(tabId),
        browser.scripting.executeScript({
          target: { tabId, allFrames: true },
          // Now, not once the page is idle: the popup waits for this.
          injectImmediately: true,
          func: readQuietReport,
        }),
      ]);
      return {
        url: tab.url ?? '',
        frames: results.map((r) => ({ frameId: r.frameId, result: r.result })),
      };
    },
  });
  const flags = createFlagKeeper({
    scripting: browser.scripting,
    readState: async () => {
      const [settings, local] = await Promise.all([
        loadSettings(),
        browser.storage.local.get(ACTIVE_UPDATE_KEY),
      ]);
      return { pausedSites: settings.pausedSites, updateActive: local[ACTIVE_UPDATE_KEY] != null };
    },
  });
  void flags.sync();
  // One notice after another: each carries the paused sites as they were then, so the last to
  // arrive must be the last made.
  const notices = serialQueue();
  browser.storage.onChanged.addListener((changes, area) => {
    const settings = area === 'sync' ? changes[SETTINGS_KEY] : undefined;
    if (settings || (area === 'local' && changes[ACTIVE_UPDATE_KEY])) void flags.sync();
    if (!settings) return;
    const pausedNow = toSettings(settings.newValue).pausedSites;
    const sites = flippedSites(toSettings(settings.oldValue).pausedSites, pausedNow);
    // Open pages of a site paused or resumed hear it now; their scanners watch the settings.
    if (sites.length > 0) void notices(() => notifySites(sites, pausedNow));
  });
  const updater = createUpdater({
    fetch: (input, init) => fetch(input, init),
    publicKey,
    builtin,
    rules: { allowHttpLoopback },
    extensionVersion,
  });
  listen<BackgroundMessages>(browser, {
    ...background.handlers,
    ...updater.handlers,
    // Pages opened once "Check now" replied see the new update's flag.
    checkNow: async (data, sender) => {
      const status = await updater.handlers.checkNow(data, sender);
      await flags.sync();
      return status;
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => void updater.onAlarm(alarm));
  void ensureUpdateAlarm(browser.alarms);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void background.onTabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
});

/** Tells the lookouts in every open frame on `sites` whether their site is paused now. */
async function notifySites(sites: string[], pausedSites: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: ALL_PAGES });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({
              target: { tabId: tab.id, allFrames: true },
              func: notifySettingsChangedOn,
              args: [sites, pausedSites],
            })
            .catch(() => {}),
    ),
  );
}
