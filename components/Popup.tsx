// The toolbar popup: "This page" (what was found on the tab, or why nothing is shown) and "Known
// leaks" (the context of every leak in the bundle), with a link to the settings.
import { useState } from 'preact/hooks';
import type { Bundle } from '../engine/bundle';
import type { PopupView } from '../extension/popup-view';
import { KnownLeaks } from './KnownLeaks';
import type { PopupActions } from './popup-actions';
import { TabPage } from './TabPage';
import { useUi } from './ui-context';

export type PopupTab = 'page' | 'known';

export interface PopupProps {
  view: PopupView;
  bundle: Bundle;
  /** The tab's address, offered (never sent) in a report when the user ticks the box. */
  pageUrl: string | null;
  actions: PopupActions;
  /** The view shown first (tests, and a later deep link). */
  initialTab?: PopupTab;
}

export function Popup({ initialTab = 'page', ...props }: PopupProps) {
  const { t } = useUi();
  const [tab, setTab] = useState<PopupTab>(initialTab);
  const tabButton = (id: PopupTab, label: string) => (
    <button
      type="button"
      class="view-button"
      data-testid={id === 'page' ? 'view-page' : 'view-known'}
      aria-pressed={tab === id}
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );
  return (
    <div class="popup">
      <header>
        <h1>{t('popup.title')}</h1>
        <nav aria-label={t('popup.views')}>
          {tabButton('page', t('popup.viewPage'))}
          {tabButton('known', t('popup.viewKnown'))}
        </nav>
      </header>
      <main>{tab === 'page' ? <TabPage {...props} /> : <KnownLeaks bundle={props.bundle} />}</main>
      <footer>
        <button type="button" data-testid="open-options" onClick={props.actions.onOpenOptions}>
          {t('popup.openOptions')}
        </button>
      </footer>
    </div>
  );
}
