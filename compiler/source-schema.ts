// The SOURCE format of the rules (rules/*.yaml, DESIGN.md "Rules"), as zod schemas: one leak per file
// plus the bundle manifest (bundle.yaml). Messages are phrased as "expected …" for maintainers.
import { z } from 'zod';
import { PARTIES } from '../engine/bundle';

/** The manifest's file name inside a rules folder; every other *.yaml file there is a leak. */
export const MANIFEST_FILE = 'bundle.yaml';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** True for a real calendar day (rejects 2024-02-30, which a regex alone would accept). */
export function isCalendarDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function isCalendarMonth(value: string): boolean {
  const m = MONTH_PATTERN.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value) || !/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}

const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, 'expected non-empty text')
    .max(max, `expected at most ${max} characters`);

const shortText = text(400);
const longText = text(4000);

const id = z
  .string({ error: 'expected a kebab-case id such as "vance-dossier"' })
  .max(100, 'expected at most 100 characters')
  .regex(ID_PATTERN, 'expected a kebab-case id such as "vance-dossier"');

/** A full day; used where the day is known (the disclosure date). */
const day = z
  .string({ error: 'expected a date YYYY-MM-DD' })
  .refine(isCalendarDay, 'expected a real date YYYY-MM-DD');

/** A day, or a month (YYYY-MM) where the sources only give the month. */
const dayOrMonth = z
  .string({ error: 'expected a date YYYY-MM-DD (or YYYY-MM)' })
  .refine(
    (v) => isCalendarDay(v) || isCalendarMonth(v),
    'expected a real date YYYY-MM-DD (or YYYY-MM)',
  );

const httpsUrl = z
  .string({ error: 'expected an https:// URL' })
  .max(2048, 'expected at most 2048 characters')
  .refine(isHttpsUrl, 'expected an https:// URL');

/** A map with the given fields; an unknown field is refused so that a misspelling is caught. */
const fields = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, { error: 'expected a map of fields (name: value)' });

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { error: 'expected a list' }).max(max, `expected at most ${max} entries`);

/** A known-copy prefix must name a path: a whole-site prefix would flag every link to that site. */
function hasPath(value: string): boolean {
  try {
    return new URL(value).pathname.replace(/\/+$/, '').length > 0;
  } catch {
    return false;
  }
}

const copyPrefix = httpsUrl.refine(
  hasPath,
  'expected the address of a copy (a URL prefix with a path), not a whole site',
);

export const documentSourceSchema = fields({
  id,
  title: shortText,
  description: longText.optional(),
  aliases: list(shortText, 100).optional(),
  phrases: list(text(1000), 10_000).optional(),
  source: z
    .string({ error: 'expected a file name relative to --docs' })
    .min(1, 'expected a file name relative to --docs')
    .optional(),
  urls: list(copyPrefix, 1000).optional(),
});

const partyList = PARTIES.join(', ');
const party = z.enum(PARTIES, {
  error: (issue) =>
    issue.input === undefined
      ? `expected one of ${partyList}`
      : `unknown party ${JSON.stringify(issue.input)}: expected one of ${partyList}`,
});

export const statementSourceSchema = fields({
  party,
  speaker: shortText,
  organization: shortText,
  date: dayOrMonth,
  quote: longText,
  paraphrase: z.boolean({ error: 'expected true or false' }).optional(),
  url: httpsUrl,
  also: list(httpsUrl, 10).optional(),
});

export const attributionSourceSchema = fields({
  claim: longText,
  by: shortText,
  date: dayOrMonth,
  url: httpsUrl,
});

export const timelineSourceSchema = fields({
  date: dayOrMonth,
  event: longText,
  url: httpsUrl.optional(),
});

export const leakSourceSchema = fields({
  id,
  title: shortText,
  summary: longText,
  disclosed: day,
  documents: list(documentSourceSchema, 1000).min(1, 'expected at least one document'),
  mentions: list(shortText, 1000).optional(),
  weakMentions: list(shortText, 1000).optional(),
  context: fields({
    attribution: list(attributionSourceSchema, 1000).optional(),
    timeline: list(timelineSourceSchema, 1000).optional(),
  }).optional(),
  statements: list(statementSourceSchema, 1000).optional(),
});

export const manifestSourceSchema = fields({
  id,
  version: z
    .number({ error: 'expected a whole number (1, 2, …)' })
    .int('expected a whole number (1, 2, …)')
    .min(1, 'expected a whole number (1, 2, …)'),
  /** Optional: without it the popup offers a copy-to-clipboard report instead of a link. */
  report: z
    .string({ error: 'expected a mailto: or https:// address' })
    .max(400, 'expected at most 400 characters')
    .refine(
      (v) => isHttpsUrl(v) || /^mailto:[^\s@]+@[^\s@]+$/i.test(v),
      'expected a mailto: or https:// address',
    )
    .optional(),
});

export type LeakSource = z.infer<typeof leakSourceSchema>;
export type DocumentSource = z.infer<typeof documentSourceSchema>;
export type ManifestSource = z.infer<typeof manifestSourceSchema>;
