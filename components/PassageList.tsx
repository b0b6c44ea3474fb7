// The passages of one leak found on the tab, each with its quote, the document it matches and a
// "Show" button that asks the page to scroll to it and flash it.
import type { PassageRef } from '../extension/popup-view';
import { useUi } from './ui-context';

export interface PassageListProps {
  passages: readonly PassageRef[];
  /** Passages the page said it could not show (keyed `frameId:index`). */
  missing: ReadonlySet<string>;
  onShow(passage: PassageRef): void;
}

export const passageKey = (p: PassageRef): string => `${p.frameId}:${p.index}`;

export function PassageList({ passages, missing, onShow }: PassageListProps) {
  const { t, number } = useUi();
  if (passages.length === 0) return null;
  return (
    <ol class="passages">
      {passages.map((p, i) => (
        <li key={passageKey(p)} class="passage" data-testid="passage">
          <blockquote>{p.quote}</blockquote>
          <p class="passage-meta">
            {p.document && <span>{t('popup.passageDocument', [p.document.title])} · </span>}
            <span>{t('popup.matchedWords', p.matchedWords, [number(p.matchedWords)])}</span>{' '}
            <button
              type="button"
              data-testid="show-passage"
              aria-label={t('popup.showLabel', [number(i + 1)])}
              onClick={() => onShow(p)}
            >
              {t('popup.show')}
            </button>
          </p>
          {missing.has(passageKey(p)) && (
            <p class="muted" role="status">
              {t('popup.passageGone')}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
