// Locale-aware formatting of the bundle's dates (YYYY-MM-DD or YYYY-MM) and of counts, and the
// `Ui` object the popup and options page get: translate function, language and formatters.
import type { Translate, UiLocale } from './i18n';

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A bundle date for people: "August 10, 2024" / "10 de agosto de 2024"; as given if malformed. */
export function formatDate(iso: string, locale: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  // UTC both ways: a calendar date must not shift a day in the user's time zone.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

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
