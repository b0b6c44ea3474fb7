// The `Ui` object the popup and options page render with: the translate function for the chosen
// language and locale-aware formatters; `loadUi` builds it from the language setting.
import { formatDate, formatNumber } from './format';
import {
  loadTranslate,
  resolveLocale,
  type FetchJson,
  type LanguageSetting,
  type Translate,
  type UiLocale,
} from './i18n';

/** Everything a component needs to speak the user's language. */
export interface Ui extends UiLocale {
  t: Translate;
  date(iso: string): string;
  number(n: number): string;
}

export function createUi(t: Translate, { language, locale }: UiLocale): Ui {
  return {
    t,
    language,
    locale,
    date: (iso) => formatDate(iso, locale),
    number: (n) => formatNumber(n, locale),
  };
}

export interface UiSources {
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  browserLanguage: string;
  /** Reads the extension's own `_locales/<lang>/messages.json`. */
  fetchJson: FetchJson;
  /** The browser's own translation (browser.i18n), used if the messages cannot be read. */
  fallback: Translate;
}

/** The UI for a language setting; never fails (falls back to the browser's language). */
export async function loadUi(setting: LanguageSetting, sources: UiSources): Promise<Ui> {
  const wanted = resolveLocale(setting, sources.browserLanguage);
  try {
    return createUi(await loadTranslate(wanted.language, sources.fetchJson), wanted);
  } catch {
    return createUi(sources.fallback, resolveLocale('auto', sources.browserLanguage));
  }
}
