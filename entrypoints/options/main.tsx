// Options entry: renders <Options> over the stored settings in the chosen language, saves every
// change, and redraws from storage so the page always shows what is saved.
import { i18n } from '#i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import bundle from 'virtual:leaklens-bundle';
import { Options } from '../../components/Options';
import { UiContext } from '../../components/ui-context';
import { bundleInfo } from '../../extension/report';
import { loadSettings, settingsItem, toSettings, type Settings } from '../../extension/settings';
import { loadUi, type Ui } from '../../extension/ui';
import '../../components/styles/base.css';

const root = document.getElementById('app')!;

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
        onChange={(next) => settingsItem.setValue(toSettings(next))}
      />
    </UiContext.Provider>,
    root,
  );
}

async function redraw(settings: Settings): Promise<void> {
  draw(await uiFor(settings), settings);
}

void loadSettings().then(redraw);
// Also when changed elsewhere (the popup's pause, another device through sync).
settingsItem.watch((value) => void redraw(toSettings(value)));
