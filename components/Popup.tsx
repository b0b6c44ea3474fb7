// The toolbar popup: the verdict for the tab, the leaks and passages found, or why there is none.
import { i18n } from '#i18n';
import type { Bundle } from '../engine/bundle';
import type { PopupView } from '../extension/popup-view';
import { pageVerdict, passageCount, type TabState } from '../extension/tab-state';
import { PassageList } from './PassageList';

export interface PopupProps {
  view: PopupView;
  bundle: Bundle;
  onShowPassage(frameId: number, index: number): void;
}

function Finding({ state, bundle, onShowPassage }: { state: TabState } & Omit<PopupProps, 'view'>) {
  const verdict = pageVerdict(state);
  const count = passageCount(state);
  const titleOf = (id: string) => bundle.leaks.find((l) => l.id === id)?.title ?? id;
  const leaks = state.frames.flatMap((f) => f.leaks);
  const info = state.frames[0]?.bundle;
  return (
    <section
      class={`finding verdict-${verdict}`}
      data-testid="finding"
      data-verdict={verdict}
      data-passages={count}
    >
      <h2>{i18n.t(`verdict.${verdict}`)}</h2>
      <p class="count">{i18n.t('popup.passages', count)}</p>
      {verdict === 'none' && <p>{i18n.t('popup.cleanBody')}</p>}
      {leaks.map((leak) => (
        <article class="leak" key={leak.id}>
          <h3>{titleOf(leak.id)}</h3>
          <p class="tag">{i18n.t(`verdictShort.${leak.verdict}`)}</p>
          {leak.documents.length > 0 && (
            <p>{i18n.t('popup.documents', [leak.documents.join(', ')])}</p>
          )}
        </article>
      ))}
      {state.frames.map((f) => (
        <PassageList key={f.frameId} frame={f} onShow={(i) => onShowPassage(f.frameId, i)} />
      ))}
      {info && (
        <p class="bundle">
          {i18n.t('popup.bundleUsed', [info.id, String(info.version), info.created])}
        </p>
      )}
    </section>
  );
}

export function Popup({ view, bundle, onShowPassage }: PopupProps) {
  return (
    <main class="popup">
      <header>
        <h1>{i18n.t('popup.title')}</h1>
      </header>
      {view.kind === 'loading' && <p aria-busy="true">{i18n.t('popup.loading')}</p>}
      {view.kind === 'unavailable' && (
        <p data-testid="unavailable">{i18n.t('popup.unavailable')}</p>
      )}
      {view.kind === 'not-scanned' && <p data-testid="not-scanned">{i18n.t('popup.notScanned')}</p>}
      {view.kind === 'paused' && <p data-testid="paused">{i18n.t('popup.paused', [view.site])}</p>}
      {view.kind === 'result' && (
        <Finding state={view.state} bundle={bundle} onShowPassage={onShowPassage} />
      )}
    </main>
  );
}
