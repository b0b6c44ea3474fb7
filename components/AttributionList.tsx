// Who says who is behind a leak: each claim with who made it, when, and a link to the source.
import type { Leak } from '../engine/bundle';
import { displayHost } from '../extension/safe-url';
import { SafeLink } from './SafeLink';
import { useUi } from './ui-context';

export interface AttributionListProps {
  claims: Leak['context']['attribution'];
}

export function AttributionList({ claims }: AttributionListProps) {
  const { t, date } = useUi();
  return (
    <ul class="attribution" data-testid="attribution">
      {claims.map((c, i) => (
        <li key={`${i}-${c.by}`}>
          <p class="who">
            <strong>{c.by}</strong> · <time dateTime={c.date}>{date(c.date)}</time>
          </p>
          <p>{c.claim}</p>
          <p class="sources">
            {t('context.source')} <SafeLink href={c.url}>{displayHost(c.url)}</SafeLink>
          </p>
        </li>
      ))}
    </ul>
  );
}
