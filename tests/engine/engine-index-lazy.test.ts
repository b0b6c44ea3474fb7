// buildIndex(bundle, { lazy: true }), as the content script builds it: the same results as the
// eager index, and no phrase or name index built for a page the prefilter stops.
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bundle } from '../../engine/bundle';
import { buildIndex, remainingBuildSteps } from '../../engine/engine-index';
import { extractPageText } from '../../engine/extract';
import { scan, warmUp } from '../../engine/scan';
import type { PageText } from '../../engine/types';
import { fixtureBundle, fixturePage } from './helpers/fixture-bundle';

const built = vi.hoisted(() => ({ names: 0, phrases: 0 }));

// Counts calls and runs the real builders: the test is about when they run, not what they do.
vi.mock('../../engine/matchers/mentions', async (original) => {
  const real = await original<typeof import('../../engine/matchers/mentions')>();
  return {
    ...real,
    buildMentionIndex: (...a: Parameters<typeof real.buildMentionIndex>) => {
      built.names += 1;
      return real.buildMentionIndex(...a);
    },
  };
});
vi.mock('../../engine/matchers/phrases', async (original) => {
  const real = await original<typeof import('../../engine/matchers/phrases')>();
  return {
    ...real,
    buildPhraseIndex: (...a: Parameters<typeof real.buildPhraseIndex>) => {
      built.phrases += 1;
      return real.buildPhraseIndex(...a);
    },
  };
});

/** The fixture bundle without fingerprints, so that the prefilter can stop pages. */
function wordsOnlyBundle(): Bundle {
  const bundle = fixtureBundle();
  for (const leak of bundle.leaks) for (const doc of leak.documents) delete doc.fingerprints;
  return bundle;
}

const page = (html: string): PageText =>
  extractPageText(parseHTML(html).document, { baseUrl: 'https://news.example/a/' });

const PAGES = [
  'quotes-news.html',
  'discusses.html',
  'links-only.html',
  'quote-only.html',
  'confusable-common.html',
];

describe('a lazily built index', () => {
  beforeEach(() => {
    built.names = 0;
    built.phrases = 0;
  });

  it.each([
    ['with fingerprints', fixtureBundle],
    ['without fingerprints', wordsOnlyBundle],
  ])('finds exactly what the eager index finds (%s)', (_, bundle) => {
    const eager = buildIndex(bundle());
    const lazy = buildIndex(bundle(), { lazy: true });
    for (const name of PAGES) {
      const p = page(fixturePage(name));
      expect(scan(lazy, p), name).toEqual(scan(eager, p));
    }
  });

  it('builds the phrase and name indexes only when a page may match, and only once', () => {
    const index = buildIndex(wordsOnlyBundle(), { lazy: true });
    expect(built).toEqual({ names: 0, phrases: 0 });
    const quiet = page('<p>The weather stays mild over the weekend, with light winds.</p>');
    expect(scan(index, quiet).verdict).toBe('none');
    expect(built).toEqual({ names: 0, phrases: 0 });
    const discusses = page(fixturePage('discusses.html'));
    expect(scan(index, discusses).verdict).not.toBe('none');
    scan(index, discusses);
    expect(built).toEqual({ names: 1, phrases: 1 });
  });

  it('builds what it left, one part per step, for a caller that runs them apart', () => {
    const index = buildIndex(wordsOnlyBundle(), { lazy: true });
    const [phrases, names, ...more] = remainingBuildSteps(index);
    expect(more).toEqual([]);
    phrases!();
    expect(built).toEqual({ names: 0, phrases: 1 });
    names!();
    expect(built).toEqual({ names: 1, phrases: 1 });
    scan(index, page(fixturePage('discusses.html')));
    expect(built).toEqual({ names: 1, phrases: 1 });
  });

  it('warms up every matcher, even on words the prefilter would stop, and changes no result', () => {
    const eager = buildIndex(wordsOnlyBundle());
    const index = buildIndex(wordsOnlyBundle(), { lazy: true });
    built.names = 0;
    built.phrases = 0;
    warmUp(index, 'The weather stays mild over the weekend, with light winds.');
    expect(built).toEqual({ names: 1, phrases: 1 });
    for (const name of PAGES) {
      const p = page(fixturePage(name));
      expect(scan(index, p), name).toEqual(scan(eager, p));
    }
  });

  it('builds everything at once when not lazy (bundle checks rely on it)', () => {
    buildIndex(wordsOnlyBundle());
    expect(built).toEqual({ names: 1, phrases: 1 });
  });
});
