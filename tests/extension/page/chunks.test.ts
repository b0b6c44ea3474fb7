import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chunkNodes, groupNodes, type ChunkLimits } from '../../../extension/page/chunks';

const limits: ChunkLimits = { maxChars: 100, maxElements: 20, maxDepth: 8 };
const paragraphs = (n: number, words = 5) =>
  Array.from({ length: n }, (_, i) => `<p>${`word${i} `.repeat(words)}</p>`).join('');

function textOf(groups: Node[][]): string {
  return groups.map((g) => g.map((n) => n.textContent).join('')).join('');
}

describe('chunkNodes', () => {
  it('takes a small page whole', () => {
    const { document } = parseHTML(`<html><body>${paragraphs(2)}</body></html>`);
    expect([...chunkNodes(document.body, limits)]).toEqual([[document.body]]);
  });

  it('cuts a large page into groups within the limits that cover all text in order', () => {
    const { document } = parseHTML(`<html><body>${paragraphs(60)}</body></html>`);
    const groups = [...chunkNodes(document.body, limits)];
    expect(groups.length).toBeGreaterThan(10);
    for (const g of groups) {
      const chars = g.reduce((n, node) => n + (node.textContent?.length ?? 0), 0);
      expect(chars).toBeLessThanOrEqual(limits.maxChars);
    }
    expect(textOf(groups)).toBe(document.body.textContent);
  });

  it('descends into an oversized child and keeps its siblings', () => {
    const { document } = parseHTML(
      `<html><body><h1>Title</h1><div id="big">${paragraphs(30)}</div><p>tail</p></body></html>`,
    );
    const groups = [...chunkNodes(document.body, limits)];
    expect(groups[0]?.map((n) => (n as Element).localName)).toEqual(['h1']);
    expect(groups.at(-1)?.map((n) => n.textContent)).toEqual(['tail']);
    expect(textOf(groups)).toBe(document.body.textContent);
  });

  it('counts elements too, so many empty elements are cut as well', () => {
    const { document } = parseHTML(`<html><body>${'<span></span>'.repeat(100)}</body></html>`);
    const groups = [...chunkNodes(document.body, limits)];
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(groups.every((g) => g.length <= limits.maxElements)).toBe(true);
  });

  it('stops descending at the depth limit instead of recursing 10,000 levels', () => {
    const deep = '<div>'.repeat(10_000) + 'x'.repeat(500) + '</div>'.repeat(10_000);
    const { document } = parseHTML(`<html><body>${deep}</body></html>`);
    const groups = [...chunkNodes(document.body, limits)];
    expect(groups.length).toBe(1);
    expect(textOf(groups)).toBe('x'.repeat(500));
  });
});

describe('groupNodes', () => {
  it('packs unrelated small nodes together and splits big ones', () => {
    const { document } = parseHTML(
      `<html><body>${paragraphs(6, 2)}<div id="big">${paragraphs(30)}</div></body></html>`,
    );
    const ps = [...document.querySelectorAll('body > p')];
    const groups = [...groupNodes([...ps, document.getElementById('big')!], limits)];
    expect(groups[0]).toEqual(ps);
    expect(groups.length).toBeGreaterThan(2);
  });
});
