// One update check from start to end: the configured URL, the fetch with ETag, the accept/refuse
// decision, storing an accepted bundle, and the record of the check (and of a refusal) for the
// options page. Everything it touches comes in through `CheckDeps` or the storage items.
import type { Bundle } from '../../engine/bundle';
import { pageFilterOf } from '../../engine/page-filter';
import { acceptBundle, type Acceptance } from './accept';
import { fetchUpdate, type Fetch, type Fetched } from './fetch-update';
import {
  changeUpdateLog,
  loadStoredUpdate,
  loadUpdateLog,
  loadUpdateSettings,
  saveStoredUpdate,
  type CheckRecord,
  type UpdateLog,
} from './store';
import { parseUpdateUrl, type UrlRules } from './update-url';
import { importPublicKey, UpdateKeyError, type Subtle } from './verify';

export interface CheckDeps {
  fetch: Fetch;
  /** Base64 of the built-in Ed25519 public key. */
  publicKey: string;
  builtin: Pick<Bundle, 'version'>;
  rules: UrlRules;
  /** This extension's version: an accepted bundle is stored as checked by it. */
  extensionVersion: string;
  now?: () => Date;
  subtle?: Subtle;
  maxBytes?: number;
  timeoutMs?: number;
}

/** Runs one check; null when updates are off (no URL configured). Never throws. */
export async function checkForUpdate(deps: CheckDeps): Promise<CheckRecord | null> {
  const { updateUrl } = await loadUpdateSettings();
  if (updateUrl === null) return null;
  const at = (deps.now?.() ?? new Date()).toISOString();
  const checked = parseUpdateUrl(updateUrl, deps.rules);
  if (!checked.ok)
    return record({
      at,
      url: updateUrl,
      result: 'failed',
      reason: 'the update URL is not an https:// address',
    });
  const url = checked.url;
  let outcome: Omit<CheckRecord, 'at' | 'url'>;
  let etag: UpdateLog['etag'] | 'keep' = 'keep';
  try {
    ({ outcome, etag } = await fetchAndDecide(url, at, deps));
  } catch (e) {
    // A bug or a storage failure must still leave a readable record, never a stuck check.
    outcome = { result: 'failed', reason: e instanceof Error ? e.message : String(e) };
  }
  return record({ at, url, ...outcome }, etag);
}

interface Decision {
  outcome: Omit<CheckRecord, 'at' | 'url'>;
  etag: UpdateLog['etag'] | 'keep';
}

async function fetchAndDecide(url: string, at: string, deps: CheckDeps): Promise<Decision> {
  const stored = await loadStoredUpdate();
  const activeVersion = Math.max(stored?.version ?? 0, deps.builtin.version);
  const log = await loadUpdateLog();
  const etag = log.etag?.url === url ? log.etag.value : null;
  let publicKey: CryptoKey;
  try {
    publicKey = await importPublicKey(deps.publicKey, deps.subtle);
  } catch (e) {
    if (e instanceof UpdateKeyError)
      return { outcome: { result: 'failed', reason: e.message }, etag: 'keep' };
    throw e;
  }
  const fetched = await fetchUpdate(url, etag, deps);
  if (fetched.kind !== 'fetched') return fromFetch(fetched);
  const acceptance = await acceptBundle(fetched.candidate, {
    publicKey,
    activeVersion,
    builtinVersion: deps.builtin.version,
    ...(deps.subtle ? { subtle: deps.subtle } : {}),
  });
  const newEtag = fetched.etag === null ? null : { url, value: fetched.etag };
  return decide(acceptance, fetched.candidate.signature, url, at, newEtag, deps.extensionVersion);
}

function fromFetch(fetched: Exclude<Fetched, { kind: 'fetched' }>): Decision {
  if (fetched.kind === 'notModified') return { outcome: { result: 'notModified' }, etag: 'keep' };
  // A refused file is fetched in full next time: its signature may be fixed without the file changing.
  const etag = fetched.kind === 'refused' ? null : 'keep';
  return { outcome: { result: fetched.kind, reason: fetched.reason }, etag };
}

async function decide(
  acceptance: Acceptance,
  signature: string,
  url: string,
  at: string,
  etag: UpdateLog['etag'],
  extensionVersion: string,
): Promise<Decision> {
  if (acceptance.kind === 'refused')
    return { outcome: { result: 'refused', reason: acceptance.reason }, etag: null };
  if (acceptance.kind === 'current')
    return { outcome: { result: 'current', version: acceptance.version }, etag };
  const { bundle, text } = acceptance;
  try {
    await saveStoredUpdate({
      text,
      signature,
      id: bundle.id,
      version: bundle.version,
      created: bundle.created,
      url,
      acceptedAt: at,
      checkedBy: extensionVersion,
      filter: pageFilterOf(bundle),
    });
  } catch {
    // Chrome's storage.local holds 10 MB without the unlimitedStorage permission.
    return {
      outcome: { result: 'refused', reason: 'the bundle could not be stored (storage full)' },
      etag: null,
    };
  }
  return { outcome: { result: 'updated', version: bundle.version }, etag };
}

/** Saves the check as the last one, and as the last refusal when it was one. */
async function record(
  check: CheckRecord,
  etag: UpdateLog['etag'] | 'keep' = 'keep',
): Promise<CheckRecord> {
  await changeUpdateLog((log) => ({
    lastCheck: check,
    lastRefusal:
      check.result === 'refused'
        ? { at: check.at, url: check.url, reason: check.reason ?? '' }
        : log.lastRefusal,
    etag: etag === 'keep' ? log.etag : etag,
  }));
  return check;
}
