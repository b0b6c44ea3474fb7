import { describe, expect, it } from 'vitest';
import { FocusLeak } from '../../components/focus-leak';
import { Popup } from '../../components/Popup';
import type { PopupActions } from '../../components/popup-actions';
import type { PopupView } from '../../extension/popup-view';
import type { FrameState, TabState } from '../../extension/tab-state';
import { all, renderDom, testBundle, textOf, uiFor } from './helpers';

const actions: PopupActions = {
  onShowPassage: async () => true,
  onPause: () => {},
  onResume: () => {},
  onSetMarksHidden: () => {},
  onCopy: async () => true,
  onOpenOptions: () => {},
};

const info = { id: 'test-bundle', version: 7, created: '2024-08-10' };

const frame = (over: Partial<FrameState> = {}): FrameState => ({
  frameId: 0,
  status: 'scanned',
  verdict: 'none',
  leaks: [],
  passages: [],
  bundle: info,
  ...over,
});

const quoting: TabState = {
  tabId: 4,
  url: 'https://news.example/story',
  frames: [
    frame({
      verdict: 'quotes',
      leaks: [
        {
          id: 'harbour-leak',
          verdict: 'quotes',
          documents: ['treasury-memo'],
          passages: 2,
          matchedWords: 1234,
        },
      ],
      passages: [
        {
          index: 0,
          leak: 'harbour-leak',
          document: 'treasury-memo',
          kind: 'fingerprint',
          verdict: 'quotes',
          quote: 'the first <b>quoted</b> sentence',
          matchedWords: 1200,
        },
        {
          index: 1,
          leak: 'harbour-leak',
          document: 'treasury-memo',
          kind: 'phrase',
          verdict: 'quotes',
          quote: 'a second one',
          matchedWords: 34,
        },
      ],
    }),
  ],
};

const result = (state: TabState, marksHidden = false): PopupView => ({
  kind: 'result',
  state,
  site: 'news.example',
  marksHidden,
});

function popup(view: PopupView, language: 'en' | 'es' = 'en', bundle = testBundle()) {
  return renderDom(
    <Popup view={view} bundle={bundle} pageUrl="https://news.example/story" actions={actions} />,
    uiFor(language),
  );
}

describe('Popup: a page that quotes a leak', () => {
  const doc = popup(result(quoting));

  it('keeps the finding contract for the end-to-end tests', () => {
    const finding = doc.querySelector('[data-testid="finding"]');
    expect(finding?.getAttribute('data-verdict')).toBe('quotes');
    expect(finding?.getAttribute('data-passages')).toBe('2');
    expect(textOf(finding?.querySelector('h2'))).toBe('Quotes leaked documents');
  });

  it('names the leak and the documents matched by their titles, with how much text', () => {
    const leak = doc.querySelector('[data-testid="leak"]');
    expect(textOf(leak?.querySelector('h3'))).toBe('Harbour Authority leak');
    expect(all(doc, '[data-testid="matched-documents"] li').map(textOf)).toEqual(['Treasury memo']);
    expect(textOf(doc.querySelector('[data-testid="matched-words"]'))).toContain(
      '1,234 words matched',
    );
  });

  it('lists each passage as text with a Show button', () => {
    const passages = all(doc, '[data-testid="passage"]');
    expect(passages).toHaveLength(2);
    // Page text is text: markup in a quote is shown, never parsed.
    expect(textOf(passages[0]?.querySelector('blockquote'))).toBe(
      'the first <b>quoted</b> sentence',
    );
    expect(doc.querySelector('blockquote b')).toBeNull();
    const buttons = all(doc, '[data-testid="show-passage"]');
    expect(buttons.map(textOf)).toEqual(['Show', 'Show']);
    expect(buttons[1]?.getAttribute('aria-label')).toBe('Show passage 2 in the page');
  });

  it('offers pause, hide marks and a report, and explains itself', () => {
    expect(textOf(doc.querySelector('[data-testid="pause-site"]'))).toBe('Pause on news.example');
    expect(textOf(doc.querySelector('[data-testid="hide-marks"]'))).toBe(
      'Hide marks on news.example',
    );
    expect(doc.querySelector('[data-testid="report"]')?.getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(textOf(doc.querySelector('[data-testid="why"]'))).toContain('not a judgment');
  });

  it('offers to show marks again when they are hidden on the site', () => {
    const hidden = popup(result(quoting, true));
    expect(textOf(hidden.querySelector('[data-testid="hide-marks"]'))).toBe(
      'Show marks on news.example',
    );
  });

  it('has one h1, landmarks, and no skipped heading level', () => {
    expect(all(doc, 'h1')).toHaveLength(1);
    for (const tag of ['header', 'nav', 'main', 'footer'])
      expect(doc.querySelector(tag)).not.toBeNull();
    const levels = all(doc, 'h1,h2,h3,h4,h5,h6').map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
  });
});

describe('Popup: the report of a wrong match', () => {
  const panel = (bundle = testBundle()) =>
    popup(result(quoting), 'en', bundle).querySelector('[data-testid="report-panel"]');

  it('offers Copy report, and no link, when the bundle names no address', () => {
    const p = panel();
    expect(p?.querySelector('[data-testid="report-send"]')).toBeNull();
    expect(textOf(p?.querySelector('[data-testid="report-copy"]'))).toBe('Copy report');
    expect(textOf(p)).toContain('names no address');
  });

  it('links to a prefilled email for a mailto: address', () => {
    const p = panel(testBundle({ report: 'mailto:reports@leaklens.example' }));
    const href = p?.querySelector('[data-testid="report-send"]')?.getAttribute('href') ?? '';
    expect(href).toMatch(/^mailto:reports@leaklens\.example\?subject=/);
    expect(decodeURIComponent(href)).toContain('the first <b>quoted</b> sentence');
  });

  it('holds the verdict, leak, documents and quotes, and not the page address by default', () => {
    const text = panel()?.querySelector('textarea')?.textContent ?? '';
    expect(text).toContain('Verdict: Quotes leaked documents (quotes)');
    expect(text).toContain('Leak: Harbour Authority leak (quotes)');
    expect(text).toContain('Documents: Treasury memo');
    expect(text).toContain('> a second one');
    expect(text).not.toContain('news.example/story');
  });
});

describe('Popup: empty and blocked states', () => {
  it('says a clean page is clean and which bundle (version, date) was used', () => {
    const doc = popup(result({ tabId: 1, url: 'https://a.example/', frames: [frame()] }));
    const finding = doc.querySelector('[data-testid="finding"]');
    expect(finding?.getAttribute('data-verdict')).toBe('none');
    expect(finding?.getAttribute('data-passages')).toBe('0');
    expect(textOf(doc.querySelector('[data-testid="clean"]'))).toContain('found no text');
    expect(textOf(doc.querySelector('[data-testid="bundle-used"]'))).toBe(
      'Rules bundle: test-bundle, version 7, August 10, 2024',
    );
    expect(doc.querySelector('[data-testid="report"]')).toBeNull();
  });

  it('says plainly where an extension cannot run', () => {
    const doc = popup({ kind: 'unavailable' });
    expect(textOf(doc.querySelector('[data-testid="unavailable"]'))).toContain('cannot run');
    expect(doc.querySelector('[data-testid="finding"]')).toBeNull();
  });

  it('says a paused site is paused, with Resume', () => {
    const doc = popup({ kind: 'paused', site: 'news.example' });
    expect(textOf(doc.querySelector('[data-testid="paused"] p'))).toBe(
      'LeakLens is paused on news.example. Nothing on this site is scanned.',
    );
    const resume = doc.querySelector('[data-testid="resume-site"]');
    expect(textOf(resume)).toBe('Resume');
    expect(resume?.getAttribute('aria-label')).toBe('Resume LeakLens on news.example');
  });

  it('asks for a reload when the page has not been scanned', () => {
    expect(textOf(popup({ kind: 'not-scanned', site: 'a.example' }).body)).toContain('Reload it');
    expect(textOf(popup({ kind: 'not-scanned', site: null }).body)).toContain('cannot be scanned');
  });

  it('says a resumed page is being scanned, not that it needs a reload', () => {
    const body = popup({ kind: 'resuming', site: 'a.example' }).body;
    expect(textOf(body)).toContain('is scanning this page');
    expect(textOf(body)).not.toContain('Reload');
  });

  it('mentions frames that could not be scanned', () => {
    const state: TabState = {
      tabId: 1,
      url: 'https://a.example/',
      frames: [frame(), frame({ frameId: 3, status: 'failed', error: 'boom' })],
    };
    expect(textOf(popup(result(state)).querySelector('[data-testid="scan-note"]'))).toBe(
      'LeakLens could not scan part of this page: boom',
    );
  });

  it('says when it stopped following a page that kept changing, and how to check it again', () => {
    const state: TabState = {
      tabId: 1,
      url: 'https://a.example/',
      frames: [frame({ status: 'budget-exhausted' })],
    };
    expect(textOf(popup(result(state)).querySelector('[data-testid="scan-note"]'))).toBe(
      'This page kept changing, so LeakLens stopped following it: what it added since then was not checked. Reload the page to check it again.',
    );
  });
});

describe('Popup: Known leaks', () => {
  it('lists every leak of the bundle with its context', () => {
    const doc = renderDom(
      <Popup
        view={{ kind: 'loading' }}
        bundle={testBundle()}
        pageUrl={null}
        actions={actions}
        initialTab="known"
      />,
    );
    const view = doc.querySelector('[data-testid="known-leaks"]');
    expect(view).not.toBeNull();
    expect(all(doc, '[data-testid="known-leak"] > summary').map(textOf)).toEqual([
      'Harbour Authority leak',
      'Quiet leak',
    ]);
    expect(all(doc, '[data-testid="statement"]')).toHaveLength(5);
    expect(textOf(doc.querySelector('[data-leak="quiet-leak"]'))).toContain('holds no statements');
    expect(doc.querySelector('[data-testid="view-known"]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});

describe('Popup in Spanish', () => {
  it('speaks Spanish and formats dates and numbers for Spanish', () => {
    const doc = popup(result(quoting), 'es');
    expect(textOf(doc.querySelector('[data-testid="finding"] h2'))).toBe(
      'Cita documentos filtrados',
    );
    expect(textOf(doc.querySelector('[data-testid="matched-words"]'))).toContain(
      '1234 palabras coincidentes',
    );
    expect(textOf(doc.querySelector('[data-testid="bundle-used"]'))).toBe(
      'Paquete de reglas: test-bundle, versión 7, 10 de agosto de 2024',
    );
    expect(all(doc, '[data-testid="show-passage"]').map(textOf)).toEqual(['Mostrar', 'Mostrar']);
  });
});

describe("Popup: opened from a card's Details", () => {
  it('expands the context of the leak the card named, and only that one', () => {
    const render = (focus: string | null) =>
      renderDom(
        <FocusLeak.Provider value={focus}>
          <Popup view={result(quoting)} bundle={testBundle()} pageUrl={null} actions={actions} />
        </FocusLeak.Provider>,
      );
    const about = (doc: Document) =>
      doc.querySelector('[data-leak="harbour-leak"] [data-testid="about-leak"]');
    expect(about(render('harbour-leak'))?.hasAttribute('open')).toBe(true);
    expect(about(render(null))?.hasAttribute('open')).toBe(false);
    expect(about(render('other-leak'))?.hasAttribute('open')).toBe(false);
  });
});
