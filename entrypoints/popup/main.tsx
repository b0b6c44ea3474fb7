// Popup entry: finds the tab (the `tab` query parameter, else the active tab), loads its state
// and the settings, and renders <Popup>. `?tab=` lets tests open the popup for a given tab.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import bundle from 'virtual:leaklens-bundle';
import { Popup } from '../../components/Popup';
import { sendToBackground, sendToTab } from '../../extension/messages';
import { popupView, type PopupView } from '../../extension/popup-view';
import { loadSettings } from '../../extension/settings';
import '../../components/styles/base.css';

async function findTab(): Promise<{ id: number; url?: string } | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return { id: param };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

async function load(): Promise<{ view: PopupView; tabId: number | null }> {
  const tab = await findTab();
  if (!tab) return { view: { kind: 'unavailable' }, tabId: null };
  const [state, settings] = await Promise.all([
    sendToBackground(browser, 'getTabState', { tabId: tab.id }),
    loadSettings(),
  ]);
  return { view: popupView(tab.url, state, settings), tabId: tab.id };
}

const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup view={{ kind: 'loading' }} bundle={bundle} onShowPassage={() => {}} />, root);
void load().then(({ view, tabId }) => {
  const onShowPassage = (frameId: number, index: number) => {
    if (tabId !== null)
      void sendToTab(browser, tabId, 'showPassage', { index }, frameId).catch(() => {});
  };
  render(<Popup view={view} bundle={bundle} onShowPassage={onShowPassage} />, root);
});
