// Locale-aware formatting of the bundle's dates (YYYY-MM-DD or YYYY-MM) and of counts.

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
