// The popup's "This page" view once the tab was scanned: the finding, the site actions, "Why am I
// seeing this?" and, when something was found, "Report a wrong match".
import { useState } from 'preact/hooks';
import type { Bundle } from '../engine/bundle';
import { findingOf, type PassageRef } from '../extension/popup-view';
import type { TabState } from '../extension/tab-state';
import { Finding } from './Finding';
import { passageKey } from './PassageList';
import type { PopupActions } from './popup-actions';
import { ReportPanel } from './ReportPanel';
import { SiteActions } from './SiteActions';
import { WhyAmISeeing } from './WhyAmISeeing';

export interface TabResultProps {
  state: TabState;
  site: string | null;
  marksHidden: boolean;
  bundle: Bundle;
  pageUrl: string | null;
  actions: PopupActions;
}

export function TabResult({ state, site, marksHidden, bundle, pageUrl, actions }: TabResultProps) {
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const finding = findingOf(state, bundle);
  const info = state.frames[0]?.bundle ?? null;
  const onShow = (p: PassageRef) =>
    void actions.onShowPassage(p).then((shown) => {
      if (!shown) setMissing((m) => new Set([...m, passageKey(p)]));
    });
  return (
    <>
      <Finding finding={finding} bundle={info} missing={missing} onShow={onShow} />
      <WhyAmISeeing />
      {site !== null && (
        <SiteActions
          site={site}
          marksHidden={marksHidden}
          onPause={actions.onPause}
          onSetMarksHidden={actions.onSetMarksHidden}
        />
      )}
      {finding.verdict !== 'none' && (
        <ReportPanel
          finding={finding}
          bundle={info}
          address={bundle.report}
          pageUrl={pageUrl}
          onCopy={actions.onCopy}
        />
      )}
    </>
  );
}
