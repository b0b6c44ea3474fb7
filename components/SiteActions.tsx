// What the user can do about this site from the popup: pause LeakLens on it, or hide the marks
// in its pages. Both are saved settings; the page applies them when it is next loaded.
import { useState } from 'preact/hooks';
import { useUi } from './ui-context';

export interface SiteActionsProps {
  site: string;
  marksHidden: boolean;
  onPause(site: string): void;
  onSetMarksHidden(site: string, hidden: boolean): void;
}

export function SiteActions({ site, marksHidden, onPause, onSetMarksHidden }: SiteActionsProps) {
  const { t } = useUi();
  const [changed, setChanged] = useState(false);
  const toggleMarks = () => {
    onSetMarksHidden(site, !marksHidden);
    setChanged(true);
  };
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
          onClick={toggleMarks}
        >
          {t(marksHidden ? 'popup.showMarks' : 'popup.hideMarks', [site])}
        </button>
      </div>
      <p class="muted" role="status">
        {changed ? t('popup.appliesOnReload') : ''}
      </p>
    </section>
  );
}
