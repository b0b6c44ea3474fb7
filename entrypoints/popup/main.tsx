// Popup entry: finds the tab (the `tab` query parameter, else the active tab), loads its state,
// the settings and the UI language, renders <Popup> and carries out its actions.
// `?tab=` lets tests open the popup for a given tab.
import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { builtinBundle as parseBuiltin } from 'virtual:leaklens-bundle';
import { loadTrustedBundle } from '../../extension/updates/active-update-item';
import { Popup } from '../../components/Popup';
import type { PopupActions } from '../../components/popup-actions';
import { FocusLeak } from '../../components/focus-leak';
import { UiContext } from '../../components/ui-context';
import { sendToBackground, sendToTab } from '../../extension/messages';
import { popupView, type PopupView } from '../../extension/popup-view';
import { toggleSite, toSettings, type Settings } from '../../extension/settings';
import { loadSettings, settingsItem, updateSettings } from '../../extension/settings-store';
import { tabKey } from '../../extension/tab-store';
import type { TabState } from '../../extension/tab-state';
import { loadUi, type Ui } from '../../extension/ui';
import '../../components/styles/base.css';

interface TabRef {
  id: number;
  url?: string;
}

async function findTab(): Promise<TabRef | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return { id: param };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

const uiFor = (settings: Settings): Promise<Ui> =>
  loadUi(settings.language, {
    browserLanguage: browser.i18n.getUILanguage(),
    fetchJson: (path) => fetch(path).then((r) => r.json() as Promise<unknown>),
    fallback: i18n.t,
  });

function actionsFor(tabId: number | null): PopupActions {
  const setSite = (list: 'pausedSites' | 'hiddenSites', site: string, on: boolean) =>
    void updateSettings((s) => ({ ...s, [list]: toggleSite(s[list], site, on) }));
  return {
    onShowPassage: (p) =>
      tabId === null
        ? Promise.resolve(false)
        : sendToTab(browser, tabId, 'showPassage', { index: p.index }, p.frameId).then(
            (shown) => shown === true,
            () => false,
          ),
    onPause: (site) => setSite('pausedSites', site, true),
    onResume: (site) => setSite('pausedSites', site, false),
    onSetMarksHidden: (site, hidden) => setSite('hiddenSites', site, hidden),
    onCopy: (text) =>
      navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      ),
    onOpenOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
  };
}

const root = document.getElementById('app')!;
const builtinBundle = parseBuiltin();
let bundle = builtinBundle;

function draw(ui: Ui, view: PopupView, pageUrl: string | null, actions: PopupActions): void {
  document.documentElement.lang = ui.locale;
  render(
    <UiContext.Provider value={ui}>
      <FocusLeak.Provider value={new URLSearchParams(location.search).get('leak')}>
        <Popup view={view} bundle={bundle} pageUrl={pageUrl} actions={actions} />
      </FocusLeak.Provider>
    </UiContext.Provider>,
    root,
  );
}

async function main(): Promise<void> {
  bundle = await loadTrustedBundle(builtinBundle, browser.runtime.getManifest().version);
  const [tab, settings] = await Promise.all([findTab(), loadSettings()]);
  const ui = await uiFor(settings);
  const actions = actionsFor(tab?.id ?? null);
  draw(ui, { kind: 'loading' }, null, actions);
  if (!tab) return draw(ui, { kind: 'unavailable' }, null, actions);
  let state: TabState | null = await sendToBackground(browser, 'getTabState', { tabId: tab.id });
  let shown = { settings, ui };
  const redraw = () => {
    const view = popupView(tab.url, state, shown.settings);
    draw(shown.ui, view, state?.url || tab.url || null, actions);
  };
  redraw();
  // Pause, resume and hide change the settings; redraw from what was saved.
  settingsItem.watch((value) => {
    const next = toSettings(value);
    void uiFor(next).then((u) => {
      shown = { settings: next, ui: u };
      redraw();
    });
  });
  const refresh = () =>
    sendToBackground(browser, 'getTabState', { tabId: tab.id }).then((next) => {
      state = next;
      redraw();
    });
  // The tab's result follows the page: later text, a rescan, a resumed site.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && Object.hasOwn(changes, tabKey(tab.id))) void refresh();
  });
  // A page still loading has no report yet, and where nothing is found none will be stored (the
  // lookout keeps it in the page): ask again for a while.
  for (let i = 0; i < POLLS && !state?.frames.some((f) => f.frameId === 0); i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await refresh();
  }
}

/** How many times (a second apart) the popup asks again for a page that has no report yet. */
const POLLS = 30;

void main();
