// One party's statement: who said it, when, the exact words in quotation marks (a paraphrase is
// labelled as such, never quoted) and links to the original and to further sources.
import type { Statement } from '../engine/bundle';
import { displayHost } from '../extension/safe-url';
import { SafeLink } from './SafeLink';
import { useUi } from './ui-context';

export interface StatementItemProps {
  statement: Statement;
}

export function StatementItem({ statement: s }: StatementItemProps) {
  const { t, date } = useUi();
  return (
    <li class="statement" data-testid="statement" data-party={s.party}>
      <p class="who">
        <strong>{s.speaker}</strong>, {s.organization} ·{' '}
        <time dateTime={s.date}>{date(s.date)}</time>
      </p>
      {s.paraphrase ? (
        <p class="paraphrase" data-testid="paraphrase">
          <em>{t('context.paraphrase')}</em> {s.quote}
        </p>
      ) : (
        <blockquote class="quote" data-testid="quote">
          {t('context.quoted', [s.quote])}
        </blockquote>
      )}
      <p class="sources">
        {t('context.source')} <SafeLink href={s.url}>{displayHost(s.url)}</SafeLink>
        {s.also.length > 0 && (
          <>
            {' '}
            {t('context.also')}{' '}
            {s.also.map((u, i) => (
              <span key={`${i}-${u}`}>
                {i > 0 && ', '}
                <SafeLink href={u}>{displayHost(u)}</SafeLink>
              </span>
            ))}
          </>
        )}
      </p>
    </li>
  );
}
