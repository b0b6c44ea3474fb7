// Signed bundle updates on the options page: the update address with its validation, the last
// check and last refusal, "Check now". The active bundle itself is shown once, by BundleDetails.
import { useState } from 'preact/hooks';
import { formatDateTime } from '../extension/updates/format-time';
import type { CheckRecord, Refusal } from '../extension/updates/store';
import type { UpdateStatus } from '../extension/updates/status';
import { parseUpdateUrl, type UrlProblem } from '../extension/updates/update-url';
import { useUi } from './ui-context';

export interface BundleUpdatesProps {
  status: UpdateStatus;
  /** True in test builds only: http on 127.0.0.1/localhost is accepted as an address. */
  allowHttpLoopback: boolean;
  /** A check is running (the button is disabled and says so). */
  checking: boolean;
  /** Saves a checked address (null turns updates off); rejects with a reason when it could not. */
  onSaveUrl(url: string | null): Promise<void>;
  onCheckNow(): void;
}

export function BundleUpdates(props: BundleUpdatesProps) {
  const { t } = useUi();
  const { status, checking, onCheckNow } = props;
  return (
    <section data-testid="bundle-updates" aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('updates.title')}</h2>
      <UpdateUrlField {...props} />
      <LastCheck check={status.lastCheck} />
      <LastRefusal refusal={status.lastRefusal} />
      <button
        type="button"
        data-testid="update-check-now"
        disabled={checking || status.updateUrl === null}
        onClick={onCheckNow}
      >
        {checking ? t('updates.checking') : t('updates.checkNow')}
      </button>
    </section>
  );
}

const PROBLEM_KEYS = {
  invalid: 'updates.urlInvalid',
  notHttps: 'updates.urlNotHttps',
  credentials: 'updates.urlCredentials',
} as const satisfies Record<UrlProblem, string>;

type Note = { kind: 'none' } | { kind: 'error'; text: string } | { kind: 'saved'; text: string };

function UpdateUrlField({ status, allowHttpLoopback, onSaveUrl }: BundleUpdatesProps) {
  const { t } = useUi();
  const [typed, setTyped] = useState(status.updateUrl ?? '');
  const [note, setNote] = useState<Note>({ kind: 'none' });
  const save = (url: string | null) =>
    void onSaveUrl(url).then(
      () =>
        setNote({
          kind: 'saved',
          text: url === null ? t('updates.urlOff') : t('updates.urlSaved'),
        }),
      (e: unknown) =>
        setNote({
          kind: 'error',
          text: t('updates.saveFailed', [e instanceof Error ? e.message : String(e)]),
        }),
    );
  const submit = (e: Event) => {
    e.preventDefault();
    if (typed.trim() === '') return save(null);
    const checked = parseUpdateUrl(typed, { allowHttpLoopback });
    if (!checked.ok) return setNote({ kind: 'error', text: t(PROBLEM_KEYS[checked.problem]) });
    setTyped(checked.url);
    save(checked.url);
  };
  const invalid = note.kind === 'error';
  return (
    <form class="update-url" onSubmit={submit} noValidate>
      <label for="update-url">{t('updates.url')}</label>
      <input
        id="update-url"
        type="url"
        data-testid="update-url"
        value={typed}
        placeholder={t('updates.urlPlaceholder')}
        aria-describedby="update-url-help update-url-note"
        aria-invalid={invalid}
        onInput={(e) => setTyped(e.currentTarget.value)}
      />
      <button type="submit" data-testid="update-url-save">
        {t('updates.save')}
      </button>
      <p class="help" id="update-url-help">
        {t('updates.urlHelp')}
      </p>
      <p
        id="update-url-note"
        data-testid="update-url-note"
        role={invalid ? 'alert' : 'status'}
        class={invalid ? 'error' : undefined}
      >
        {note.kind === 'none' ? '' : note.text}
      </p>
    </form>
  );
}

function LastCheck({ check }: { check: CheckRecord | null }) {
  const { t, number, locale } = useUi();
  const result = (c: CheckRecord): string => {
    switch (c.result) {
      case 'updated':
        return t('updates.resultUpdated', [number(c.version ?? 0)]);
      case 'current':
        return t('updates.resultCurrent', [number(c.version ?? 0)]);
      case 'notModified':
        return t('updates.resultNotModified');
      case 'refused':
        return t('updates.resultRefused', [c.reason ?? '']);
      case 'failed':
        return t('updates.resultFailed', [c.reason ?? '']);
    }
  };
  return (
    <p data-testid="update-last-check" data-result={check?.result ?? 'never'}>
      {t('updates.lastCheck')}{' '}
      {check === null
        ? t('updates.never')
        : t('updates.checkLine', [formatDateTime(check.at, locale), result(check)])}
    </p>
  );
}

function LastRefusal({ refusal }: { refusal: Refusal | null }) {
  const { t, locale } = useUi();
  return (
    <p data-testid="update-last-refusal">
      {t('updates.lastRefusal')}{' '}
      {refusal === null
        ? t('updates.noRefusal')
        : t('updates.refusalLine', [
            formatDateTime(refusal.at, locale),
            refusal.url,
            refusal.reason,
          ])}
    </p>
  );
}
