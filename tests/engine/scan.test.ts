import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageText, plainTextPage } from '../../engine/extract';
import { buildIndex, mergeResults, scan } from '../../engine/index';
import { normalizeText } from '../../engine/normalize';
import type { PageText, ScanResult } from '../../engine/types';
import { damagedPage, rng, typo } from './helpers/damage';
import {
  fixtureBundle,
  fixtureDocument,
  fixturePage,
  LEAK,
  OTHER_LEAK,
} from './helpers/fixture-bundle';

const index = buildIndex(fixtureBundle());
const DOCS = ['renfield-dossier', 'halvorsen-memo', 'ashdown-emails'] as const;

function htmlPage(html: string): PageText {
  return extractPageText(parseHTML(html).document, { baseUrl: 'https://news.example/a/' });
}

function leak(r: ScanResult, id = LEAK) {
  return r.leaks.find((l) => l.id === id);
}

/** Every passage's raw slice holds words of the page (never a partial word or a break alone). */
function checkPassages(page: PageText, r: ScanResult): void {
  for (const l of r.leaks) {
    for (const p of l.passages) {
      expect(p.start).toBeLessThan(p.end);
      expect(p.end).toBeLessThanOrEqual(page.text.length);
      expect(page.text.slice(p.start, p.end)).toMatch(/^[\p{L}\p{N}]/u);
      expect(page.text.slice(p.start, p.end)).toMatch(/[\p{L}\p{N}\p{M}]$/u);
    }
  }
}

describe('republication', () => {
  for (const doc of DOCS) {
    for (const seed of [1, 2, 3]) {
      it(`finds a damaged republication of ${doc} (seed ${seed})`, () => {
        const html = damagedPage(fixtureDocument(doc), {
          seed,
          typoEvery: 25,
          drop: 0.15,
          swap: 0.2,
          commentaryEvery: 5,
          fraction: 0.5,
        });
        const page = htmlPage(html);
        const r = scan(index, page);
        expect(r.verdict).toBe('republishes');
        expect(leak(r)!.documents).toContain(doc);
        checkPassages(page, r);
      });
    }
  }
  it('finds a plain-text re-typing with a typo every 20 words, low sensitivity included', () => {
    const random = rng(9);
    const words = fixtureDocument('renfield-dossier').split(/\s+/).slice(0, 600);
    const text = words.map((w, i) => (i % 20 === 10 ? typo(w, random) : w)).join(' ');
    for (const sensitivity of ['low', 'normal', 'high'] as const) {
      expect(scan(index, plainTextPage(text), { sensitivity }).verdict).toBe('republishes');
    }
  });
  it('passages of a republication cover the page text of the document', () => {
    const page = htmlPage(
      damagedPage(fixtureDocument('halvorsen-memo'), {
        seed: 4,
        typoEvery: 40,
        drop: 0,
        swap: 0,
        commentaryEvery: 0,
        fraction: 1,
      }),
    );
    const r = scan(index, page);
    const fp = leak(r)!.passages.filter((p) => p.kind === 'fingerprint');
    const covered = fp.reduce(
      (a, p) => a + normalizeText(page.text.slice(p.start, p.end)).text.length,
      0,
    );
    expect(covered / normalizeText(page.text).text.length).toBeGreaterThan(0.9);
  });
  it('is not republishes for a few sentences of a document', () => {
    const text = fixtureDocument('halvorsen-memo')
      .split(/(?<=\.)\s+/)
      .slice(20, 24)
      .join(' ');
    expect(scan(index, plainTextPage(`Some commentary first. ${text} And after.`)).verdict).toBe(
      'quotes',
    );
  });
});

describe('quotes', () => {
  it('finds the quotes in a news article', () => {
    const r = scan(index, htmlPage(fixturePage('quotes-news.html')));
    expect(r.verdict).toBe('quotes');
    expect(leak(r)!.documents).toEqual(['halvorsen-memo']);
  });
  it('finds a single re-typed quote in a blog post', () => {
    expect(scan(index, htmlPage(fixturePage('quote-only.html'))).verdict).toBe('quotes');
  });
  it('finds any 15-word quote with one changed word at any position', () => {
    const words = fixtureDocument('renfield-dossier').split(/\s+/);
    const random = rng(5);
    let tried = 0;
    for (let start = 100; start < words.length - 15; start += 97) {
      for (let change = 0; change < 15; change++) {
        const quote = words.slice(start, start + 15);
        quote[change] = typo(quote[change]!, random);
        const text = `The report, which we have seen, says: "${quote.join(' ')}" according to people familiar with it.`;
        const r = scan(index, plainTextPage(text));
        expect(r.verdict, `${quote.join(' ')}`).toBe('quotes');
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(200);
  });
  it('finds a phrase from public reporting despite typos and spacing', () => {
    const r = scan(
      index,
      plainTextPage(
        'He once called her "a lacquerd technocrat who has never mended a fence in her  life".',
      ),
    );
    expect(r.verdict).toBe('quotes');
    expect(
      leak(r)!.passages.some((p) => p.kind === 'phrase' && p.document === 'renfield-dossier'),
    ).toBe(true);
  });
  it('finds a phrase of a document the maintainers hold no copy of', () => {
    const r = scan(
      index,
      plainTextPage(
        'It recommends a sixty-day review of the harbor dredging contracts awarded without bids.',
      ),
    );
    expect(leak(r)?.verdict).toBe('quotes');
    expect(leak(r)!.documents).toEqual(['brandvold-dossier']);
  });
});

describe('links and discussion', () => {
  it('links: a link to a known copy, written differently', () => {
    const r = scan(index, htmlPage(fixturePage('links-only.html')));
    expect(r.verdict).toBe('links');
    expect(leak(r)!.passages.filter((p) => p.kind === 'link')).toHaveLength(1);
  });
  it('discusses: names of the leak and its documents, no text', () => {
    const page = htmlPage(fixturePage('discusses.html'));
    const r = scan(index, page);
    expect(r.verdict).toBe('discusses');
    checkPassages(page, r);
  });
  it('keeps leaks apart', () => {
    const r = scan(
      index,
      plainTextPage('Grey Pelican released the Harrowgate port files on Monday.'),
    );
    expect(r.leaks.map((l) => [l.id, l.verdict])).toEqual([[OTHER_LEAK, 'discusses']]);
  });
});

describe('innocent pages', () => {
  for (const name of [
    'confusable-renfield-bio.html',
    'confusable-other-attack.html',
    'confusable-common.html',
  ]) {
    it(`${name} is none at every sensitivity but high`, () => {
      const page = htmlPage(fixturePage(name));
      expect(scan(index, page, { sensitivity: 'low' }).verdict).toBe('none');
      expect(scan(index, page).verdict).toBe('none');
    });
  }
  it('common English the documents contain never matches, even at high sensitivity', () => {
    const text =
      'At the end of the day, the president of the United States said the worst outcome would be ' +
      'to do nothing. It is blunt on purpose, he joked, at the end of the day.';
    expect(fixtureDocument('renfield-dossier')).toContain('the president of the United States');
    expect(fixtureDocument('renfield-dossier')).toContain('At the end of the day');
    expect(scan(index, plainTextPage(text), { sensitivity: 'high' }).verdict).toBe('none');
  });
  it('two stock phrases glued together are not a quote', () => {
    const text = 'At the end of the day the president of the United States is only a man.';
    expect(scan(index, plainTextPage(text), { sensitivity: 'high' }).verdict).toBe('none');
  });
  it('a quote too short for normal sensitivity is found at high sensitivity only', () => {
    const text =
      'She said the campaign is done holding events for audiences that are already with us.';
    // 9 words of the memo in a row: "holding events for audiences that are already with us".
    expect(scan(index, plainTextPage(text)).verdict).toBe('none');
    expect(scan(index, plainTextPage(text), { sensitivity: 'high' }).verdict).toBe('quotes');
  });
});

describe('incremental scanning', () => {
  it('merging the results of parts equals scanning the whole when parts split at blocks', () => {
    const html = damagedPage(fixtureDocument('ashdown-emails'), {
      seed: 3,
      typoEvery: 30,
      drop: 0.1,
      swap: 0.1,
      commentaryEvery: 4,
      fraction: 0.6,
    });
    const { document } = parseHTML(html);
    const blocks = [...document.querySelectorAll('main > *')];
    const parts = blocks.map((b) => scan(index, extractPageText(b)));
    const partsAlone = parts.map((p) => p.verdict);
    expect(partsAlone).not.toContain('republishes');
    const merged = mergeResults(index, parts);
    expect(merged.verdict).toBe('republishes');
    const whole = scan(index, extractPageText(document));
    expect(merged.verdict).toBe(whole.verdict);
    for (const p of merged.leaks[0]!.passages) expect(p.part).toBeGreaterThanOrEqual(0);
  });
  it('names spread across parts add up to discusses', () => {
    const a = scan(index, plainTextPage('The Renfield dossier was never published.'));
    const b = scan(index, plainTextPage('Researchers blamed Copper Lynx.'));
    expect([a.verdict, b.verdict]).toEqual(['none', 'none']);
    expect(mergeResults(index, [a, b]).verdict).toBe('discusses');
  });
});
