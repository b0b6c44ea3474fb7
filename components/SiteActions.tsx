// What the user can do about this site from the popup: pause LeakLens on it, or hide the marks
// in its pages. Both are saved settings, which open pages of the site follow at once.
import { useUi } from './ui-context';

export interface SiteActionsProps {
  site: string;
  marksHidden: boolean;
  onPause(site: string): void;
  onSetMarksHidden(site: string, hidden: boolean): void;
}

export function SiteActions({ site, marksHidden, onPause, onSetMarksHidden }: SiteActionsProps) {
  const { t } = useUi();
  return (
    <section class="site-actions" aria-labelledby="site-actions-heading">
      <h2 id="site-actions-heading">{t('popup.siteHeading')}</h2>
      <div class="buttons">
        <button type="button" data-testid="pause-site" onClick={() => onPause(site)}>
          {t('popup.pauseSite', [site])}
        </button>
        <button
          type="button"
          data-testid="hide-marks"
          data-hidden={marksHidden}
          onClick={() => onSetMarksHidden(site, !marksHidden)}
        >
          {t(marksHidden ? 'popup.showMarks' : 'popup.hideMarks', [site])}
        </button>
      </div>
    </section>
  );
}
