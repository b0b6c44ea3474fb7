// A leak's timeline: dated events in order, each with its source when the bundle gives one.
import type { Leak } from '../engine/bundle';
import { displayHost } from '../extension/safe-url';
import { SafeLink } from './SafeLink';
import { useUi } from './ui-context';

export interface TimelineProps {
  events: Leak['context']['timeline'];
}

export function Timeline({ events }: TimelineProps) {
  const { t, date } = useUi();
  return (
    <ol class="timeline" data-testid="timeline">
      {events.map((e, i) => (
        <li key={`${i}-${e.date}`}>
          <time dateTime={e.date}>{date(e.date)}</time>: {e.event}
          {e.url && (
            <>
              {' '}
              <span class="sources">
                {t('context.source')} <SafeLink href={e.url}>{displayHost(e.url)}</SafeLink>
              </span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
