// The UI language: which one to show (the user's choice, else the browser's) and a translate
// function over a loaded `_locales/<lang>/messages.json` that behaves like @wxt-dev/i18n's `i18n.t`.
import type { i18n } from '#i18n';

/** Languages the extension ships (locales/*.yml); the first is the manifest's default_locale. */
export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The language setting: follow the browser, or one of the shipped languages. */
export const LANGUAGE_SETTINGS = ['auto', ...UI_LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** The typed `t` of the generated `#i18n` module; every translate function has this type. */
export type Translate = typeof i18n.t;

/** Message name (dots replaced by underscores, as in messages.json) → message text. */
export type Messages = ReadonlyMap<string, string>;

export interface UiLocale {
  language: UiLanguage;
  /** BCP 47 tag for Intl formatting: the browser's regional tag when it is of the same language. */
  locale: string;
}

const primaryOf = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

const shipped = (tag: string): UiLanguage | undefined =>
  UI_LANGUAGES.find((l) => l === primaryOf(tag));

/** Resolves the setting against the browser's UI language; unknown languages get English. */
export function resolveLocale(setting: LanguageSetting, browserLanguage: string): UiLocale {
  const language = setting === 'auto' ? (shipped(browserLanguage) ?? 'en') : setting;
  // "es-MX" keeps Mexican date formats when the user reads Spanish, but never leaks into English.
  const regional = primaryOf(browserLanguage) === language && isValidTag(browserLanguage);
  return { language, locale: regional ? browserLanguage.replace('_', '-') : language };
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-')).length === 1;
  } catch {
    return false;
  }
}

/** Reads a messages.json object; anything that is not `{name: {message: string}}` is skipped. */
export function parseMessages(json: unknown): Messages {
  const out = new Map<string, string>();
  if (typeof json !== 'object' || json === null) return out;
  for (const [name, entry] of Object.entries(json)) {
    const message: unknown =
      typeof entry === 'object' && entry !== null ? (entry as { message?: unknown }).message : null;
    if (typeof message === 'string') out.set(name, message);
  }
  return out;
}

/** Chrome's getMessage substitution: `$1`…`$9` by position (missing ones empty), `$$` is `$`. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, g: string) =>
    g === '$' ? '$' : (subs[Number(g) - 1] ?? ''),
  );
}

/** @wxt-dev/i18n's plural forms: "one | other" or "zero | one | other". */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1] ?? message;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2] ?? message;
  return message;
}

function applyNamed(message: string, named: Record<string, unknown>): string {
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
    Object.hasOwn(named, name) ? String(named[name]) : match,
  );
}

interface TranslateArgs {
  subs: string[];
  count?: number;
  named?: Record<string, unknown>;
}

function readArgs(args: readonly unknown[]): TranslateArgs {
  const out: TranslateArgs = { subs: [] };
  for (const arg of args) {
    if (typeof arg === 'number') out.count = arg;
    else if (Array.isArray(arg)) out.subs = arg.map(String);
    else if (typeof arg === 'object' && arg !== null) out.named = arg as Record<string, unknown>;
  }
  if (out.count !== undefined && out.subs.length === 0) out.subs = [String(out.count)];
  return out;
}

/**
 * A translate function over `messages`, falling back to `fallback` (the default locale) for a
 * missing message as the browser does. Same arguments and result as `i18n.t`.
 */
export function createTranslate(messages: Messages, fallback: Messages = new Map()): Translate {
  const t = (key: string, ...args: unknown[]): string => {
    const name = key.replaceAll('.', '_');
    const { subs, count, named } = readArgs(args);
    let message = substitute(messages.get(name) ?? fallback.get(name) ?? '', subs);
    if (count !== undefined) message = pluralForm(message, count);
    return named ? applyNamed(message, named) : message;
  };
  // The overloads of `Translate` only narrow which keys and arguments are allowed.
  return t as unknown as Translate;
}

/** Where messages.json files are read from (a fetch of the extension's own files in a page). */
export type FetchJson = (path: string) => Promise<unknown>;

export const messagesPath = (language: UiLanguage): string => `/_locales/${language}/messages.json`;

/** Loads the translate function for `language`, with English behind it for missing messages. */
export async function loadTranslate(
  language: UiLanguage,
  fetchJson: FetchJson,
): Promise<Translate> {
  const load = async (l: UiLanguage) => parseMessages(await fetchJson(messagesPath(l)));
  const [messages, fallback] = await Promise.all([
    load(language),
    language === UI_LANGUAGES[0]
      ? Promise.resolve(new Map<string, string>())
      : load(UI_LANGUAGES[0]),
  ]);
  return createTranslate(messages, fallback);
}
