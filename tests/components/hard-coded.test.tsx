// No user-facing string is hard-coded in a component: rendered with a translate function that
// returns ⟦key⟧, every text left is a key, bundle or page data, a number, a date or punctuation.
import { describe, expect, it } from 'vitest';
import { Options } from '../../components/Options';
import { Popup } from '../../components/Popup';
import type { PopupActions } from '../../components/popup-actions';
import type { PopupView } from '../../extension/popup-view';
import { DEFAULT_SETTINGS } from '../../extension/settings';
import { VERDICTS } from '../../engine/types';
import { keyUi, renderDom, testBundle } from './helpers';

const noop = (): void => {};
const actions: PopupActions = {
  onShowPassage: async () => true,
  onPause: noop,
  onResume: noop,
  onSetMarksHidden: noop,
  onCopy: async () => true,
  onOpenOptions: noop,
};

const bundle = testBundle();
const view: PopupView = {
  kind: 'result',
  site: 'news.example',
  marksHidden: false,
  state: {
    tabId: 1,
    url: 'https://news.example/',
    frames: [
      {
        frameId: 0,
        status: 'scanned',
        verdict: 'quotes',
        bundle: { id: bundle.id, version: bundle.version, created: bundle.created },
        leaks: [
          {
            id: 'harbour-leak',
            verdict: 'quotes',
            documents: ['treasury-memo'],
            passages: 1,
            matchedWords: 9,
          },
        ],
        passages: [
          {
            index: 0,
            leak: 'harbour-leak',
            document: 'treasury-memo',
            kind: 'phrase',
            verdict: 'quotes',
            quote: 'PAGE QUOTE',
            matchedWords: 9,
          },
        ],
      },
    ],
  },
};

/** Every string the bundle or the page contributes. */
function dataStrings(): string[] {
  const strings: string[] = ['PAGE QUOTE', 'news.example', 'harbour.example', 'daily.example'];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(bundle);
  // The verdict words are a contract, quoted as such in the report.
  strings.push(...VERDICTS);
  for (const u of JSON.stringify(bundle).match(/https?:\/\/[^/"]+/g) ?? [])
    strings.push(new URL(u).hostname);
  return strings.sort((a, b) => b.length - a.length);
}

function leftover(doc: Document): string {
  let text = doc.body.textContent ?? '';
  text = text.replace(/⟦[^⟧]+⟧/g, ' ');
  for (const s of dataStrings()) text = text.split(s).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

const ALLOWED = /^[\s·,:—>()×\d]*$/;

describe('no hard-coded strings', () => {
  it('in the popup', () => {
    const doc = renderDom(
      <Popup view={view} bundle={bundle} pageUrl="https://news.example/" actions={actions} />,
      keyUi(),
    );
    expect(leftover(doc)).toMatch(ALLOWED);
  });

  it('in the known leaks view', () => {
    const doc = renderDom(
      <Popup
        view={{ kind: 'loading' }}
        bundle={bundle}
        pageUrl={null}
        actions={actions}
        initialTab="known"
      />,
      keyUi(),
    );
    expect(leftover(doc)).toMatch(ALLOWED);
  });

  it('on the options page', () => {
    const doc = renderDom(
      <Options
        settings={{ ...DEFAULT_SETTINGS, pausedSites: ['news.example'] }}
        bundle={{ id: bundle.id, version: 7, created: '2024-08-10' }}
        leakCount={2}
        onChange={async () => {}}
      />,
      keyUi(),
    );
    expect(leftover(doc)).toMatch(ALLOWED);
  });
});
