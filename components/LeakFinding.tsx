// One leak found on the tab: its verdict, the documents matched (by title), how much text matched,
// the passages with "Show", and the leak's context behind a disclosure.
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { LeakFinding as Finding, PassageRef } from '../extension/popup-view';
import { FocusLeak } from './focus-leak';
import { LeakContext } from './LeakContext';
import { PassageList } from './PassageList';
import { useUi } from './ui-context';

export interface LeakFindingProps {
  finding: Finding;
  missing: ReadonlySet<string>;
  onShow(passage: PassageRef): void;
}

export function LeakFinding({ finding, missing, onShow }: LeakFindingProps) {
  const { t, number } = useUi();
  const focused = useContext(FocusLeak) === finding.id;
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) article.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const headingId = `leak-${finding.id}`;
  const hasText = finding.passages.length > 0;
  return (
    <article
      ref={article}
      class={`leak verdict-${finding.verdict}`}
      data-testid="leak"
      data-leak={finding.id}
      data-verdict={finding.verdict}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{finding.title}</h3>
      <p class="tag">
        <span class="verdict-word">{t(`verdictShort.${finding.verdict}`)}</span> ·{' '}
        {t(`verdictNote.${finding.verdict}`)}
      </p>
      {finding.documents.length > 0 && (
        <>
          <h4>{t('popup.documentsMatched')}</h4>
          <ul class="matched-documents" data-testid="matched-documents">
            {finding.documents.map((d) => (
              <li key={d.id}>{d.title}</li>
            ))}
          </ul>
        </>
      )}
      {hasText && (
        <>
          <h4>{t('popup.passagesHeading')}</h4>
          <p class="count" data-testid="matched-words">
            {t('popup.matchedWords', finding.matchedWords, [number(finding.matchedWords)])} ·{' '}
            {t('popup.passages', finding.passages.length, [number(finding.passages.length)])}
          </p>
          <PassageList passages={finding.passages} missing={missing} onShow={onShow} />
        </>
      )}
      {finding.leak && (
        <details class="about" data-testid="about-leak" open={focused}>
          <summary>{t('popup.aboutLeak')}</summary>
          <LeakContext leak={finding.leak} level={4} />
        </details>
      )}
    </article>
  );
}
