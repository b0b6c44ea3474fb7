// The popup's "This page" view: one of loading, cannot run here, not scanned yet, paused (with
// "Resume") or the result of the scan.
import type { Bundle } from '../engine/bundle';
import type { PopupView } from '../extension/popup-view';
import { PausedNotice } from './PausedNotice';
import type { PopupActions } from './popup-actions';
import { TabResult } from './TabResult';
import { useUi } from './ui-context';
import { WhyAmISeeing } from './WhyAmISeeing';

export interface TabPageProps {
  view: PopupView;
  bundle: Bundle;
  pageUrl: string | null;
  actions: PopupActions;
}

export function TabPage({ view, bundle, pageUrl, actions }: TabPageProps) {
  const { t } = useUi();
  switch (view.kind) {
    case 'loading':
      return <p aria-busy="true">{t('popup.loading')}</p>;
    case 'unavailable':
      return <p data-testid="unavailable">{t('popup.unavailable')}</p>;
    case 'not-scanned':
      return (
        <>
          <p data-testid="not-scanned">
            {t(view.site === null ? 'popup.noResult' : 'popup.notScanned')}
          </p>
          <WhyAmISeeing />
        </>
      );
    case 'resuming':
      return (
        <p data-testid="resuming" aria-busy="true">
          {t('popup.resuming')}
        </p>
      );
    case 'paused':
      return <PausedNotice site={view.site} onResume={actions.onResume} />;
    case 'result':
      return (
        <TabResult
          state={view.state}
          site={view.site}
          marksHidden={view.marksHidden}
          bundle={bundle}
          pageUrl={pageUrl}
          actions={actions}
        />
      );
  }
}
