// The user's language for every component: a Preact context holding the translate function and
// formatters, provided by the popup and options entry points (the user's language setting).
import { i18n } from '#i18n';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createUi, type Ui } from '../extension/ui';

/** Without a provider: the browser's language through browser.i18n, English formats. */
export const UiContext = createContext<Ui>(createUi(i18n.t, { language: 'en', locale: 'en' }));

export const useUi = (): Ui => useContext(UiContext);
