// An editable list of sites (host names) with a remove button for each.
import { i18n } from '#i18n';

export interface SiteListProps {
  title: string;
  testId: string;
  sites: readonly string[];
  onRemove(host: string): void;
}

export function SiteList({ title, testId, sites, onRemove }: SiteListProps) {
  return (
    <section data-testid={testId}>
      <h2>{title}</h2>
      {sites.length === 0 ? (
        <p class="muted">{i18n.t('options.noSites')}</p>
      ) : (
        <ul>
          {sites.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                aria-label={i18n.t('options.remove', [host])}
                onClick={() => onRemove(host)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
