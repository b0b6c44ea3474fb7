// The bundle's `created` date without a wall clock, so that the same inputs always give the same
// bytes: SOURCE_DATE_EPOCH (the reproducible-builds convention) if set, else the latest source date.
import { CompileError } from './compile-error';
import { isCalendarDay, type LeakSource } from './source-schema';

export function createdDate(
  leaks: readonly LeakSource[],
  env: NodeJS.ProcessEnv = process.env,
): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    // A malformed value is an error rather than ignored: silently falling back would hide it.
    if (!/^\d{1,12}$/.test(epoch)) {
      throw new CompileError(
        { file: 'SOURCE_DATE_EPOCH' },
        'expected whole seconds since 1970-01-01',
      );
    }
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return latestDate(leaks) ?? '1970-01-01';
}

/** The latest full date (YYYY-MM-DD) written anywhere in the sources; ISO dates sort as strings. */
function latestDate(leaks: readonly LeakSource[]): string | undefined {
  let latest: string | undefined;
  for (const date of leaks.flatMap(datesOf)) {
    if (isCalendarDay(date) && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

function datesOf(leak: LeakSource): string[] {
  return [
    leak.disclosed,
    ...(leak.context?.timeline ?? []).map((t) => t.date),
    ...(leak.context?.attribution ?? []).map((a) => a.date),
    ...(leak.statements ?? []).map((s) => s.date),
  ];
}
