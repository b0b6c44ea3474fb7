// Shared by the component tests: the real locale files compiled as WXT compiles them, a UI in
// either language, rendering to a DOM (preact-render-to-string + linkedom) and a test bundle.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { parseHTML } from 'linkedom';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { UiContext } from '../../components/ui-context';
import type { Bundle } from '../../engine/bundle';
import {
  createTranslate,
  parseMessages,
  type Translate,
  type UiLanguage,
} from '../../extension/i18n';
import { createUi, type Ui } from '../../extension/ui';

const ROOT = resolve(import.meta.dirname, '../..');

/** The locale file as the messages.json WXT writes into `_locales/<lang>/`. */
export function messagesJson(language: UiLanguage): Record<string, { message: string }> {
  const text = readFileSync(join(ROOT, 'locales', `${language}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML')) as Record<
    string,
    { message: string }
  >;
}

export function uiFor(language: UiLanguage): Ui {
  return createUi(createTranslate(parseMessages(messagesJson(language))), {
    language,
    locale: language,
  });
}

/** A UI whose every string is its key in ⟦…⟧, to find text that does not come from a locale. */
export function keyUi(): Ui {
  const t = ((key: string) => `⟦${key}⟧`) as unknown as Translate;
  return {
    ...createUi(t, { language: 'en', locale: 'en' }),
    date: () => '⟦date⟧',
    number: () => '⟦n⟧',
  };
}

export function renderHtml(node: VNode, ui: Ui = uiFor('en')): string {
  return renderToString(<UiContext.Provider value={ui}>{node}</UiContext.Provider>);
}

/** Renders to a queryable document. */
export function renderDom(node: VNode, ui: Ui = uiFor('en')): Document {
  return parseHTML(`<!doctype html><html><body>${renderHtml(node, ui)}</body></html>`).document;
}

export const all = (doc: Document | Element, selector: string): Element[] => [
  ...doc.querySelectorAll(selector),
];

export const textOf = (el: Element | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A small fictional bundle with every kind of context, and addresses that must not be links. */
export function testBundle(overrides: Partial<Bundle> = {}): Bundle {
  return {
    format: 1,
    id: 'test-bundle',
    version: 7,
    created: '2024-08-10',
    engine: { shingle: 5, hash: 'fnv1a32' },
    leaks: [
      {
        id: 'harbour-leak',
        title: 'Harbour Authority leak',
        summary: 'Fictional memos of a fictional harbour authority were sent to newspapers.',
        disclosed: '2024-03-02',
        documents: [
          {
            id: 'treasury-memo',
            title: 'Treasury memo',
            description: 'A four-page memo.',
            aliases: [],
            phrases: [],
            urls: [],
          },
          { id: 'call-notes', title: 'Donor call notes', aliases: [], phrases: [], urls: [] },
        ],
        mentions: ['Operation Gull'],
        weakMentions: [],
        context: {
          attribution: [
            {
              claim: 'Attributed the intrusion to Gull Group.',
              by: 'Harbour CERT',
              date: '2024-03-05',
              url: 'https://cert.example/gull',
            },
          ],
          timeline: [
            { date: '2024-02', event: 'Mailboxes accessed.' },
            {
              date: '2024-03-02',
              event: 'Memos sent to newspapers.',
              url: 'https://news.example/a',
            },
          ],
        },
        statements: [
          {
            party: 'researcher',
            speaker: 'Rae Research',
            organization: 'Lab',
            date: '2024-03-09',
            quote: 'The metadata is consistent.',
            paraphrase: false,
            url: 'https://lab.example/post',
            also: [],
          },
          {
            party: 'campaign',
            speaker: 'Cam Paign',
            organization: 'Harbour Authority',
            date: '2024-03-03',
            quote: 'These documents were stolen.',
            paraphrase: false,
            url: 'https://harbour.example/statement',
            also: ['https://news.example/b', 'http://insecure.example/c'],
          },
          {
            party: 'accused',
            speaker: 'Acc Used',
            organization: 'Ministry',
            date: '2024-03-04',
            quote: 'They deny any involvement',
            paraphrase: true,
            url: 'javascript:alert(1)',
            also: [],
          },
          {
            party: 'outlet',
            speaker: 'Ed Itor',
            organization: 'Daily',
            date: '2024-03-02',
            quote: 'We received the material and did not publish it.',
            paraphrase: false,
            url: 'http://daily.example/note',
            also: [],
          },
          {
            party: 'campaign',
            speaker: 'Second Speaker',
            organization: 'Harbour Authority',
            date: '2024-03-06',
            quote: 'A second statement.',
            paraphrase: false,
            url: 'https://harbour.example/second',
            also: [],
          },
        ],
      },
      {
        id: 'quiet-leak',
        title: 'Quiet leak',
        summary: 'A second fictional leak.',
        disclosed: '2023-01-01',
        documents: [{ id: 'only-doc', title: 'Only document', aliases: [], phrases: [], urls: [] }],
        mentions: [],
        weakMentions: [],
        context: { attribution: [], timeline: [] },
        statements: [],
      },
    ],
    ...overrides,
  };
}
