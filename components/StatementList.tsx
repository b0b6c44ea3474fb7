// A leak's statements grouped by party, in a fixed order (campaign, outlets, accused government,
// investigators, platforms, publishers, researchers), each group under its own heading.
import type { Statement } from '../engine/bundle';
import { Heading, type HeadingLevel } from './Heading';
import { StatementItem } from './StatementItem';
import { useUi } from './ui-context';

export interface StatementListProps {
  statements: readonly Statement[];
  /** Level of the party headings. */
  level: HeadingLevel;
}

type Party = Statement['party'];

/** The order parties are listed in: the targeted side first, then the press, the accused, … */
export const PARTY_ORDER: readonly Party[] = [
  'campaign',
  'outlet',
  'accused',
  'government',
  'platform',
  'publisher',
  'researcher',
];

export function StatementList({ statements, level }: StatementListProps) {
  const { t } = useUi();
  if (statements.length === 0) return <p class="muted">{t('context.noStatements')}</p>;
  const groups = PARTY_ORDER.map((party) => ({
    party,
    items: statements.filter((s) => s.party === party),
  })).filter((g) => g.items.length > 0);
  return (
    <>
      {groups.map(({ party, items }) => (
        <section class="party" key={party} data-testid="party" data-party={party}>
          <Heading level={level}>{t(`party.${party}`)}</Heading>
          <ul class="statements">
            {items.map((s, i) => (
              <StatementItem key={`${i}-${s.url}`} statement={s} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
