// The lookout's test of a frame: rendered text through the page filter, links to known copies,
// and open shadow roots (whose text rendered text leaves out), each enough to call the scanner.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compilePageFilter } from '../../../engine/page-filter';
import type { PageFilter } from '../../../engine/prefilter';
import { gatePasses, gateTests } from '../../../extension/page/gate';

const filter: PageFilter = compilePageFilter({
  names: ['Vance dossier', 'Charming Kitten'],
  phrases: [],
  urls: ['https://copies.example/read-the-dossier'],
  hasFingerprints: false,
});

function body(html: string, baseHref?: string): HTMLElement {
  const base = baseHref ? `<base href="${baseHref}">` : '';
  return parseHTML(`<!doctype html><html><head>${base}</head><body>${html}</body></html>`).document
    .body;
}

describe('gatePasses', () => {
  it('stops a page whose text holds no name whole', () => {
    expect(gatePasses(body('<p>A chapter on kittens and a dossier.</p>'), filter)).toBe(false);
  });

  it('lets through a page whose text holds every word of a name, in any case or fold', () => {
    expect(gatePasses(body('<p>The VANCE</p><p>Dossier, again.</p>'), filter)).toBe(true);
    expect(gatePasses(body('<p>Ｃｈａｒｍｉｎｇ kit\u00adten</p>'), filter)).toBe(true);
  });

  it('lets through a link to a known copy, whatever the case of its address', () => {
    expect(gatePasses(body('<a href="https://COPIES.example/x">copy</a>'), filter)).toBe(true);
    expect(gatePasses(body('<a href="https://elsewhere.example/">x</a>'), filter)).toBe(false);
  });

  it('lets through relative links that resolve on a known copy host', () => {
    const page = body('<a href="/read-the-dossier">read</a>', 'https://www.copies.example/');
    expect(gatePasses(page, filter)).toBe(true);
  });

  it('lets through a page with an open shadow root, whose text it cannot read', () => {
    const page = body('<p>Nothing here.</p><div id="host"></div>');
    expect(gatePasses(page, filter)).toBe(false);
    page.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>quiet</p>';
    expect(gatePasses(page, filter)).toBe(true);
  });

  it('lets every page through for a bundle the words cannot filter', () => {
    expect(gatePasses(body('<p>Nothing.</p>'), { ...filter, always: true })).toBe(true);
  });

  it('lets a page through when reading it throws', () => {
    const page = body('<p>Nothing.</p>');
    Object.defineProperty(page, 'innerText', {
      get() {
        throw new Error('hostile');
      },
    });
    expect(gatePasses(page, filter)).toBe(true);
  });

  it('offers its tests apart, in order (links, shadow roots, text size, words), each failing open', () => {
    const results = (page: HTMLElement) => gateTests(page, filter).map((test) => test());
    expect(results(body('<p>Nothing.</p>'))).toEqual([false, false, false, false]);
    expect(results(body('<a href="https://copies.example/x">copy</a>'))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    const host = body('<div id="host"></div>');
    host.querySelector('#host')!.attachShadow({ mode: 'open' });
    expect(results(host)).toEqual([false, true, false, false]);
    expect(results(body('<p>The Vance dossier</p>'))).toEqual([false, false, false, true]);
    // Too much text to fold in one task: the scanner, which slices, decides.
    expect(results(body(`<p>${'word '.repeat(50_000)}</p>`))).toEqual([false, false, true, false]);
    const hostile = body('<p>Nothing.</p>');
    Object.defineProperty(hostile, 'querySelector', {
      value: () => {
        throw new Error('hostile');
      },
    });
    expect(results(hostile)[0]).toBe(true);
  });
});
