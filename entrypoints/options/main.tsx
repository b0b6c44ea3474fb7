// Options entry: renders <Options> and the bundle updates over the stored settings in the chosen
// language, saves every change, and redraws from storage so the page always shows what is saved.
import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { builtinBundle as parseBuiltin } from 'virtual:leaklens-bundle';
import { allowHttpLoopback } from 'virtual:leaklens-update-key';
import { BundleUpdates } from '../../components/BundleUpdates';
import { Options } from '../../components/Options';
import { UiContext } from '../../components/ui-context';
import { loadTrustedBundle } from '../../extension/updates/active-update-item';
import { sendToBackground } from '../../extension/messages';
import { bundleInfo } from '../../extension/report';
import { toSettings, type Settings } from '../../extension/settings';
import { loadSettings, settingsItem } from '../../extension/settings-store';
import { loadUi, type Ui } from '../../extension/ui';
import type { UpdateStatus } from '../../extension/updates/status';
import { saveUpdateUrl, updateLogItem, updateSettingsItem } from '../../extension/updates/store';
import '../../components/styles/base.css';

const root = document.getElementById('app')!;
const builtinBundle = parseBuiltin();
let bundle = builtinBundle;
let updates: UpdateStatus | null = null;
let checking = false;
let current: Settings | null = null;

const uiFor = (settings: Settings): Promise<Ui> =>
  loadUi(settings.language, {
    browserLanguage: browser.i18n.getUILanguage(),
    fetchJson: (path) => fetch(path).then((r) => r.json() as Promise<unknown>),
    fallback: i18n.t,
  });

function draw(ui: Ui, settings: Settings): void {
  document.documentElement.lang = ui.locale;
  document.title = ui.t('options.title');
  render(
    <UiContext.Provider value={ui}>
      <Options
        settings={settings}
        bundle={bundleInfo(bundle)}
        leakCount={bundle.leaks.length}
        updated={bundle !== builtinBundle}
        origin={updates?.active}
        onChange={(next) => settingsItem.setValue(toSettings(next))}
      />
      {updates && (
        <BundleUpdates
          status={updates}
          allowHttpLoopback={allowHttpLoopback}
          checking={checking}
          onSaveUrl={saveUpdateUrl}
          onCheckNow={() => void checkNow()}
        />
      )}
    </UiContext.Provider>,
    root,
  );
}

async function redraw(settings: Settings | null = current): Promise<void> {
  if (!settings) return;
  current = settings;
  draw(await uiFor(settings), settings);
}

async function refreshUpdates(): Promise<void> {
  updates = await sendToBackground(browser, 'getUpdateStatus', {});
  bundle = await loadTrustedBundle(builtinBundle, browser.runtime.getManifest().version);
  await redraw();
}

async function checkNow(): Promise<void> {
  checking = true;
  await redraw();
  try {
    updates = await sendToBackground(browser, 'checkNow', {});
  } finally {
    checking = false;
    await refreshUpdates();
  }
}

void loadSettings().then(redraw).then(refreshUpdates);
// Also when changed elsewhere (the popup's pause, another device through sync, a scheduled check).
settingsItem.watch((value) => void redraw(toSettings(value)));
updateLogItem.watch(() => void refreshUpdates());
updateSettingsItem.watch(() => void refreshUpdates());
