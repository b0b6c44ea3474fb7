// Probe background: records each content-script report in session storage and on the badge, the
// same observable channels the real extension uses.
const api = globalThis.browser ?? globalThis.chrome;
api.runtime.onMessage.addListener((message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return Promise.all([
    api.storage.session.set({ [`tab:${tabId}`]: { url: sender.tab.url, words: message.words } }),
    api.action.setBadgeText({ tabId, text: String(message.words) }),
  ]).then(() => true);
});
