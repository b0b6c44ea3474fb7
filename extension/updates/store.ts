// What bundle updates keep in storage.local: the update URL setting, the accepted bundle (exact
// text, signature, where and when it came from) and the log of the last check and last refusal.
// Every read is schema-checked, so a corrupt value reads as "nothing stored".
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { activeUpdateItem, type StoredUpdate } from './active-update-item';

export { activeUpdateItem, type StoredUpdate };

export const CHECK_RESULTS = ['updated', 'current', 'notModified', 'refused', 'failed'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

// Built on first use, not at load: the content script imports this module on every page but
// reads only the stored update, and building zod schemas is most of zod's start-up cost.
function buildSchemas() {
  const updateSettings = z.object({
    /** Null: updates are off (the default). Checked with parseUpdateUrl before saving. */
    updateUrl: z.string().max(2048).nullable().catch(null),
  });
  const storedUpdate = z.object({
    /** The bundle file exactly as served and verified (UTF-8 text of the signed bytes). */
    text: z.string(),
    signature: z.string(),
    id: z.string(),
    version: z.number().int(),
    created: z.string(),
    url: z.string(),
    /** ISO date-time of acceptance. */
    acceptedAt: z.string(),
    checkedBy: z.string().optional(),
    filter: z
      .object({
        always: z.boolean(),
        words: z.array(z.string()),
        names: z.array(z.array(z.number().int())),
        anchors: z.array(z.number().int()),
        hosts: z.array(z.string()),
        // Stored before filters carried it: false is always right (the whole fold).
        asciiWords: z.boolean().default(false),
      })
      .optional(),
  }) satisfies z.ZodType<StoredUpdate>;
  const checkRecord = z.object({
    at: z.string(),
    url: z.string(),
    result: z.enum(CHECK_RESULTS),
    /** The new version (updated, current) or the one-line reason (refused, failed). */
    version: z.number().int().optional(),
    reason: z.string().optional(),
  });
  const refusal = z.object({ at: z.string(), url: z.string(), reason: z.string() });
  const updateLog = z.object({
    lastCheck: checkRecord.nullable().catch(null),
    lastRefusal: refusal.nullable().catch(null),
    /** The ETag of the active update's file, for If-None-Match; only valid for that URL. */
    etag: z.object({ url: z.string(), value: z.string() }).nullable().catch(null),
  });
  return { updateSettings, storedUpdate, checkRecord, refusal, updateLog };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | null = null;
const schemas = (): Schemas => (built ??= buildSchemas());

export type UpdateSettings = z.infer<Schemas['updateSettings']>;
export type CheckRecord = z.infer<Schemas['checkRecord']>;
export type Refusal = z.infer<Schemas['refusal']>;
export type UpdateLog = z.infer<Schemas['updateLog']>;

export const EMPTY_LOG: UpdateLog = { lastCheck: null, lastRefusal: null, etag: null };

export const updateSettingsItem = storage.defineItem<UpdateSettings>('local:updateSettings', {
  fallback: { updateUrl: null },
});
export const updateLogItem = storage.defineItem<UpdateLog>('local:updateLog', {
  fallback: EMPTY_LOG,
});

export async function loadUpdateSettings(): Promise<UpdateSettings> {
  return schemas()
    .updateSettings.catch({ updateUrl: null })
    .parse(await updateSettingsItem.getValue());
}

/** Saves an already-checked URL (null turns updates off). */
export async function saveUpdateUrl(updateUrl: string | null): Promise<void> {
  await updateSettingsItem.setValue({ updateUrl });
}

/** The accepted update, or null when none is stored or the stored value is unreadable. */
export async function loadStoredUpdate(): Promise<StoredUpdate | null> {
  const value = await activeUpdateItem.getValue();
  // Nearly always nothing is stored: then no schema is built at all on the page.
  if (value === null || value === undefined) return null;
  const parsed = schemas().storedUpdate.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function saveStoredUpdate(update: StoredUpdate): Promise<void> {
  await activeUpdateItem.setValue(update);
}

export async function loadUpdateLog(): Promise<UpdateLog> {
  return schemas()
    .updateLog.catch(EMPTY_LOG)
    .parse(await updateLogItem.getValue());
}

export async function changeUpdateLog(change: (log: UpdateLog) => UpdateLog): Promise<UpdateLog> {
  const next = change(await loadUpdateLog());
  await updateLogItem.setValue(next);
  return next;
}
