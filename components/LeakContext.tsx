// The context of one leak, all from the bundle: summary, its documents, timeline, attribution and
// the statements of every party. Rendered as text only; links go through <SafeLink>.
import type { Leak } from '../engine/bundle';
import { AttributionList } from './AttributionList';
import { below, Heading, type HeadingLevel } from './Heading';
import { StatementList } from './StatementList';
import { Timeline } from './Timeline';
import { useUi } from './ui-context';

export interface LeakContextProps {
  leak: Leak;
  /** Level of this context's section headings. */
  level: HeadingLevel;
}

export function LeakContext({ leak, level }: LeakContextProps) {
  const { t, date } = useUi();
  const { attribution, timeline } = leak.context;
  return (
    <div class="context" data-testid="leak-context" data-leak={leak.id}>
      <Heading level={level}>{t('context.summary')}</Heading>
      <p>{leak.summary}</p>
      <p class="muted">{t('context.disclosed', [date(leak.disclosed)])}</p>
      <Heading level={level}>{t('context.documents')}</Heading>
      <ul class="documents">
        {leak.documents.map((d) => (
          <li key={d.id}>
            <strong>{d.title}</strong>
            {d.description && <> — {d.description}</>}
          </li>
        ))}
      </ul>
      {timeline.length > 0 && (
        <>
          <Heading level={level}>{t('context.timeline')}</Heading>
          <Timeline events={timeline} />
        </>
      )}
      {attribution.length > 0 && (
        <>
          <Heading level={level}>{t('context.attribution')}</Heading>
          <AttributionList claims={attribution} />
        </>
      )}
      <Heading level={level}>{t('context.statements')}</Heading>
      <StatementList statements={leak.statements} level={below(level)} />
    </div>
  );
}
