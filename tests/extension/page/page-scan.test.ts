import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileRules } from '../../../compiler/compile-rules';
import type { Bundle } from '../../../engine/bundle';
import { buildIndex, type EngineIndex } from '../../../engine/index';
import { compilePageFilter, prefilterSources } from '../../../engine/page-filter';
import { prefilterOf } from '../../../engine/prefilter';
import { PageScan } from '../../../extension/page/page-scan';
import type { Slicer } from '../../../extension/page/slicer';
import { textPassages } from '../../../extension/report';

const ROOT = new URL('../../../', import.meta.url).pathname;
let bundle: Bundle;
let index: EngineIndex;
beforeAll(() => {
  ({ bundle } = compileRules({ rulesDir: `${ROOT}demo/rules`, docsDir: `${ROOT}demo/docs` }));
  index = buildIndex(bundle);
});

/** A slicer that yields after every step, so slicing is exercised as often as possible. */
function eagerSlicer(): Slicer & { yields: number } {
  const s = {
    yields: 0,
    run: <T>(work: () => Promise<T>) => work(),
    shouldYield: () => true,
    yield: async () => void s.yields++,
    stats: () => ({ busyMs: 0, longestSliceMs: 0 }),
  };
  return s;
}

const load = (name: string) =>
  parseHTML(readFileSync(`${ROOT}demo/pages/${name}`, 'utf8')).document;
// Limits small enough that these short pages are cut into several parts, as long pages are.
const limits = { maxChars: 400, maxElements: 40 };
const newScan = () =>
  new PageScan({
    index: () => index,
    prefilter: index.prefilter,
    sensitivity: 'normal',
    extract: {},
    now: () => 0,
    limits,
  });
const memoParagraph =
  'Reporters have now read the memo. It says the party plans for the pledges to be split into donations of forty-five thousand crowns or less, made at intervals of not less than three weeks, and routed through the regional associations in Halden, Varnhus and Skerrow rather than the national account.';

describe('PageScan', () => {
  it('finds the republished demo document when the page is cut into many small parts', async () => {
    const doc = load('republish.html');
    const scan = newScan();
    const slicer = eagerSlicer();
    await scan.addSubtree(doc.body, slicer);
    expect(scan.parts.length).toBeGreaterThan(3);
    expect(scan.merged().verdict).toBe('republishes');
    expect(slicer.yields).toBeGreaterThanOrEqual(scan.parts.length - 1);
  });

  it('keeps the segments, which hold Text nodes, only of parts where something was found', async () => {
    const doc = load('republish.html');
    const scan = newScan();
    await scan.addSubtree(doc.body, eagerSlicer());
    const found = scan.parts.filter((p) => (p.result.evidence ?? []).length > 0);
    const empty = scan.parts.filter((p) => (p.result.evidence ?? []).length === 0);
    expect(found.length).toBeGreaterThan(0);
    expect(empty.length).toBeGreaterThan(0);
    for (const p of found) expect(p.page.segments.length).toBeGreaterThan(0);
    for (const p of empty) expect(p.page.segments).toEqual([]);
    // Every passage still finds its text through its part's segments.
    const passages = textPassages(scan.merged());
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      const page = scan.parts[passage.part ?? 0]!.page;
      expect(
        page.segments.some((s) => s.start <= passage.start && passage.start < s.start + s.length),
      ).toBe(true);
    }
  });

  it('gets the matchers ready step by step, each in a slice of its own, before the first part that needs them', async () => {
    const doc = load('republish.html');
    const events: string[] = [];
    // Built as the scanner builds it: the phrase and name indexes on first use, recorded here.
    const lazy = buildIndex(bundle, { lazy: true });
    const recorded = Object.create(lazy, {
      phrases: { get: () => (events.push('phrases'), lazy.phrases) },
      mentions: { get: () => (events.push('mentions'), lazy.mentions) },
    }) as EngineIndex;
    const scan = new PageScan({
      index: () => (events.push('index'), recorded),
      prefilter: index.prefilter,
      sensitivity: 'normal',
      extract: {},
      now: () => 0,
      // One part: nothing else would make the scan yield.
      limits: { maxChars: 1_000_000, maxElements: 1_000_000 },
    });
    const slicer: Slicer = {
      run: (work) => work(),
      shouldYield: () => false,
      yield: async () => void events.push('yield'),
      stats: () => ({ busyMs: 0, longestSliceMs: 0 }),
    };
    await scan.addSubtree(doc.body, slicer);
    // The slices between yields: the index, each lazy part, a warm-up match, then the part.
    const slices = events
      .join(' ')
      .split('yield')
      .map((s) => s.trim());
    expect(slices).toEqual([
      '',
      'index',
      'phrases',
      'mentions',
      // The warm-up: the matchers run on the part's first words.
      'phrases mentions',
      'index phrases mentions',
    ]);
    expect(scan.merged().verdict).toBe('republishes');
  });

  it('scans only what was added later, and the page verdict follows', async () => {
    const doc = load('clean.html');
    const scan = newScan();
    await scan.addSubtree(doc.body, eagerSlicer());
    expect(scan.merged().verdict).toBe('none');
    const before = scan.parts.map((p) => p.page.text);
    const p = doc.createElement('p');
    p.textContent = memoParagraph;
    doc.body.appendChild(p);
    await scan.applyChanges([p], false, eagerSlicer());
    expect(scan.merged().verdict).toBe('quotes');
    expect(scan.parts.slice(0, before.length).map((x) => x.page.text)).toEqual(before);
    expect(scan.parts.at(-1)?.page.text).toBe(memoParagraph);
  });

  it('rescans a part whose text changed and drops parts whose nodes left the page', async () => {
    const doc = load('clean.html');
    const p = doc.createElement('p');
    p.textContent = memoParagraph;
    doc.body.appendChild(p);
    const scan = newScan();
    await scan.addSubtree(doc.body, eagerSlicer());
    expect(scan.merged().verdict).toBe('quotes');
    p.firstChild!.textContent = 'Nothing to see here any more.';
    await scan.applyChanges([p.firstChild!], false, eagerSlicer());
    expect(scan.merged().verdict).toBe('none');
    p.textContent = memoParagraph;
    await scan.applyChanges([p.firstChild!], false, eagerSlicer());
    expect(scan.merged().verdict).toBe('quotes');
    doc.body.replaceChildren();
    await scan.applyChanges([], true, eagerSlicer());
    expect(scan.parts).toEqual([]);
    expect(scan.merged().verdict).toBe('none');
  });

  it('builds the index only once a part passes the prefilter, and then finds what it holds', async () => {
    const { bundle } = compileRules({ rulesDir: `${ROOT}rules` });
    const filter = compilePageFilter(prefilterSources(bundle));
    let builds = 0;
    const scan = new PageScan({
      index: () => (builds++, buildIndex(bundle, { filter })),
      prefilter: prefilterOf(filter),
      sensitivity: 'normal',
      extract: {},
      now: () => 0,
      limits,
    });
    const { document } = parseHTML(
      '<!doctype html><html><body><p>Weather: rain later, clearing by the evening.</p></body></html>',
    );
    await scan.addSubtree(document.body, eagerSlicer());
    expect(scan.parts.map((x) => x.page.text)).toEqual([
      'Weather: rain later, clearing by the evening.',
    ]);
    expect(scan.merged()).toEqual({ verdict: 'none', leaks: [], evidence: [] });
    expect(builds).toBe(0);
    const p = document.createElement('p');
    p.textContent =
      'Officials said Mint Sandstorm, also called APT42, stole the Vance vetting dossier.';
    document.body.appendChild(p);
    await scan.applyChanges([p], false, eagerSlicer());
    expect(builds).toBeGreaterThan(0);
    expect(scan.merged().verdict).toBe('discusses');
  });

  it('reads a changed node once when the first scan had cut it into pieces', async () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `<p>Paragraph ${i} of the wrapper.</p>`,
    );
    const { document } = parseHTML(
      `<!doctype html><html><body><div id="w">${paragraphs.join('')}</div></body></html>`,
    );
    const scan = newScan();
    await scan.addSubtree(document.body, eagerSlicer());
    const wrapper = document.getElementById('w')!;
    expect(scan.partOf(wrapper)).toBeUndefined(); // cut: its paragraphs are held, not it
    // The page changed the wrapper while the first scan ran: the observer reports the wrapper.
    const p = document.createElement('p');
    p.textContent = 'A paragraph added during the first scan.';
    wrapper.appendChild(p);
    await scan.applyChanges([wrapper], false, eagerSlicer());
    const text = scan.parts.map((x) => x.page.text).join('\n');
    for (let i = 0; i < 30; i++) expect(text.split(`Paragraph ${i} of`)).toHaveLength(2);
    expect(text.split('added during the first scan')).toHaveLength(2);
  });

  it('scans a node again that left the page and came back', async () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><p id="a">First paragraph. ${'Long. '.repeat(80)}</p><p>Second one.</p></body></html>`,
    );
    const scan = newScan();
    await scan.addSubtree(document.body, eagerSlicer());
    const a = document.getElementById('a')!;
    expect(scan.partOf(a)?.nodes).toEqual([a]); // a part of its own, dropped when it leaves
    a.remove();
    await scan.applyChanges([], true, eagerSlicer());
    document.body.appendChild(a);
    await scan.applyChanges([a], false, eagerSlicer());
    const text = scan.parts.map((x) => x.page.text).join('\n');
    expect(text.split('First paragraph.')).toHaveLength(2);
    expect(text.split('Second one.')).toHaveLength(2);
  });
});
