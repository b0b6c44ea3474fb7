// The popup on a paused site: says so plainly and offers "Resume".
import { useUi } from './ui-context';

export interface PausedNoticeProps {
  site: string;
  onResume(site: string): void;
}

export function PausedNotice({ site, onResume }: PausedNoticeProps) {
  const { t } = useUi();
  return (
    <section class="paused" data-testid="paused" aria-labelledby="paused-text">
      <p id="paused-text">{t('popup.paused', [site])}</p>
      <button
        type="button"
        data-testid="resume-site"
        aria-label={t('popup.resumeLabel', [site])}
        onClick={() => onResume(site)}
      >
        {t('popup.resume')}
      </button>
    </section>
  );
}
