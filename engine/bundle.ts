// The compiled rules bundle: its format (a zod schema, the single source of truth for the type)
// and `parseBundle`, which refuses anything that does not fit with a one-line reason.
import { z } from 'zod';

/** Bump when the compiled format changes; an engine refuses bundles of another format. */
export const BUNDLE_FORMAT = 1;

export const PARTIES = [
  'campaign',
  'outlet',
  'government',
  'accused',
  'platform',
  'publisher',
  'researcher',
] as const;

/**
 * The schemas are built on first use, not at import: building zod objects costs milliseconds, and
 * the content script imports this module on every page but validates a bundle only after an update.
 */
function makeSchemas() {
  const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date YYYY-MM-DD');
  const httpsUrl = z
    .string()
    .max(2048)
    .refine((u) => /^https:\/\/[^\s/]+/i.test(u), 'an https:// URL');
  const text = z.string().max(4000);
  const shortText = z.string().min(1).max(400);
  const id = z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id')
    .max(100);

  /** Engine parameters stated in the bundle so the compiler and the engine agree. */
  const engineParamsSchema = z.object({
    /** Words per shingle. */
    shingle: z.number().int().min(3).max(12),
    /** Name of the shingle hash function; the engine refuses a name it does not implement. */
    hash: z.string(),
  });

  const documentSchema = z.object({
    id,
    title: shortText,
    description: text.optional(),
    aliases: z.array(shortText).max(100).default([]),
    phrases: z.array(z.string().min(1).max(1000)).max(10_000).default([]),
    urls: z.array(httpsUrl).max(1000).default([]),
    /**
     * Fingerprint hashes of the document's text: sorted, distinct uint32 values, delta-encoded as
     * unsigned LEB128 varints, then base64. Absent when the maintainer holds no copy.
     */
    fingerprints: z.string().optional(),
    /** Number of words of the source text the fingerprints were built from. */
    words: z.number().int().min(0).optional(),
  });

  const statementSchema = z.object({
    party: z.enum(PARTIES),
    speaker: shortText,
    organization: shortText,
    date: isoDate,
    quote: text.min(1),
    /** True when `quote` is a paraphrase, shown without quotation marks. */
    paraphrase: z.boolean().default(false),
    url: httpsUrl,
    also: z.array(httpsUrl).max(10).default([]),
  });

  const leakSchema = z.object({
    id,
    title: shortText,
    summary: text.min(1),
    disclosed: isoDate,
    documents: z.array(documentSchema).min(1).max(1000),
    mentions: z.array(shortText).max(1000).default([]),
    /** Names too generic to signal the leak alone (e.g. a group's other aliases). */
    weakMentions: z.array(shortText).max(1000).default([]),
    context: z
      .object({
        attribution: z
          .array(z.object({ claim: text.min(1), by: shortText, date: isoDate, url: httpsUrl }))
          .default([]),
        timeline: z
          .array(z.object({ date: isoDate, event: text.min(1), url: httpsUrl.optional() }))
          .default([]),
      })
      .default({ attribution: [], timeline: [] }),
    statements: z.array(statementSchema).max(1000).default([]),
  });

  const bundleSchema = z.object({
    format: z.literal(BUNDLE_FORMAT),
    id,
    /** Monotonic: an update is accepted only with a greater version. */
    version: z.number().int().min(1),
    /** YYYY-MM-DD; derived from the inputs so the bundle is reproducible. */
    created: isoDate,
    /** Where users send a report of a wrong match (mailto: or https:). */
    report: z
      .string()
      .max(400)
      .refine((u) => /^(mailto:|https:\/\/)/i.test(u), 'a mailto: or https:// address')
      .optional(),
    engine: engineParamsSchema,
    leaks: z.array(leakSchema).max(1000),
  });
  return {
    engineParamsSchema,
    documentSchema,
    statementSchema,
    leakSchema,
    bundleSchema,
  };
}

type Schemas = ReturnType<typeof makeSchemas>;
let schemas: Schemas | undefined;
const getSchemas = (): Schemas => (schemas ??= makeSchemas());

export type EngineParams = z.infer<Schemas['engineParamsSchema']>;
export type BundleDocument = z.infer<Schemas['documentSchema']>;
export type Statement = z.infer<Schemas['statementSchema']>;
export type Leak = z.infer<Schemas['leakSchema']>;
export type Bundle = z.infer<Schemas['bundleSchema']>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates an untrusted bundle (already JSON-parsed); never throws. */
export function parseBundle(input: unknown): ParseResult<Bundle> {
  const result = getSchemas().bundleSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'bundle';
  return { ok: false, error: `invalid bundle at ${where}: ${issue?.message ?? 'unknown error'}` };
}
