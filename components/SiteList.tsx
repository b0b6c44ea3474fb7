// An editable list of sites (host names): add one by name or address, remove any.
import { useState } from 'preact/hooks';
import { normalizeHost } from '../extension/settings';
import { useUi } from './ui-context';

export interface SiteListProps {
  title: string;
  help: string;
  /** Prefix of the list's test ids and element ids. */
  testId: string;
  sites: readonly string[];
  onAdd(host: string): void;
  onRemove(host: string): void;
}

export function SiteList({ title, help, testId, sites, onAdd, onRemove }: SiteListProps) {
  const { t } = useUi();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(typed);
    if (host === null) return setError(t('options.invalidHost', [typed.trim()]));
    if (sites.includes(host)) return setError(t('options.alreadyListed', [host]));
    onAdd(host);
    setTyped('');
    setError(null);
  };
  return (
    <section data-testid={testId} aria-labelledby={`${testId}-heading`}>
      <h2 id={`${testId}-heading`}>{title}</h2>
      <p class="help">{help}</p>
      {sites.length === 0 ? (
        <p class="muted">{t('options.noSites')}</p>
      ) : (
        <ul class="sites">
          {sites.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                data-testid={`${testId}-remove`}
                aria-label={t('options.remove', [host])}
                onClick={() => onRemove(host)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={submit} noValidate>
        <label for={`${testId}-input`}>{t('options.addSite')}</label>{' '}
        <input
          id={`${testId}-input`}
          data-testid={`${testId}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('options.addSitePlaceholder')}
          value={typed}
          aria-invalid={error !== null}
          aria-describedby={error ? `${testId}-error` : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />{' '}
        <button type="submit" data-testid={`${testId}-add`}>
          {t('options.add')}
        </button>
        <p class="error" id={`${testId}-error`} data-testid={`${testId}-error`} role="alert">
          {error ?? ''}
        </p>
      </form>
    </section>
  );
}
