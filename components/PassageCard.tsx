// The card a marker opens: what the passage matches, one line of context, and two actions.
import { i18n } from '#i18n';
import type { Verdict } from '../engine/types';

export interface CardInfo {
  verdict: Verdict;
  leakTitle: string;
  documentTitle: string | null;
  /** One line of context: the document's description or the leak's summary. */
  context: string;
}

export interface PassageCardProps {
  id: string;
  info: CardInfo;
  onDetails(): void;
  onHideSite(): void;
  onClose(): void;
}

export function PassageCard({ id, info, onDetails, onHideSite, onClose }: PassageCardProps) {
  return (
    <div
      id={id}
      class={`card verdict-${info.verdict}`}
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-testid="card"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p class="card-verdict">{i18n.t(`verdict.${info.verdict}`)}</p>
      <p class="card-title" id={`${id}-title`}>
        {info.documentTitle
          ? i18n.t('card.matchesDocument', [info.documentTitle, info.leakTitle])
          : i18n.t('card.matchesLeak', [info.leakTitle])}
      </p>
      <p class="card-context">{info.context}</p>
      <p class="card-note">{i18n.t('card.notAJudgment')}</p>
      <div class="card-actions">
        <button type="button" data-testid="card-details" onClick={onDetails}>
          {i18n.t('card.details')}
        </button>
        <button type="button" data-testid="card-hide" onClick={onHideSite}>
          {i18n.t('card.hideOnSite')}
        </button>
      </div>
    </div>
  );
}
