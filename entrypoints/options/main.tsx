// Options entry: renders <Options> over the stored settings and saves every change.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { loadSettings, settingsItem, toSettings, type Settings } from '../../extension/settings';
import '../../components/styles/base.css';

const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();

function draw(settings: Settings): void {
  render(
    <Options settings={settings} onChange={(next) => void settingsItem.setValue(next)} />,
    root,
  );
}

void loadSettings().then(draw);
// Redraw from storage, so the page always shows what is saved (also when changed elsewhere).
settingsItem.watch((value) => draw(toSettings(value)));
