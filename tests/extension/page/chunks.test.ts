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

  it('walks 10,000-deep nesting once below the depth limit, in bounded groups', () => {
    const deep = '<div>'.repeat(10_000) + 'x'.repeat(500) + '</div>'.repeat(10_000);
    const { document } = parseHTML(`<html><body>${deep}</body></html>`);
    const groups = [...chunkNodes(document.body, limits)];
    // The wrappers walked through close (empty) groups, so the caller can yield between them,
    // instead of one 10,000-element part extracted in one task.
    expect(groups.filter((g) => g.length > 0)).toHaveLength(1);
    expect(groups.length).toBeGreaterThan(10_000 / limits.maxElements / 2);
    expect(textOf(groups)).toBe('x'.repeat(500));
  });

  it('keeps text and small subtrees deep below the depth limit, in document order', () => {
    const chain = (n: number) => '<div>'.repeat(n) + '<p>a <b>b</b></p>' + '</div>'.repeat(n);
    const { document } = parseHTML(`<html><body>${chain(50)}${chain(60)}tail</body></html>`);
    const groups = [...chunkNodes(document.body, limits)];
    expect(textOf(groups)).toBe('a ba btail');
    // Two small subtrees (the last wrappers around each <p>) and the text, nothing bigger.
    const nodes = groups.flat();
    expect(nodes.map((n) => n.nodeName.toLowerCase())).toEqual(['div', 'div', '#text']);
    const elementsIn = (n: Node) => (n as Element).querySelectorAll?.('*').length ?? 0;
    expect(nodes.every((n) => elementsIn(n) < 16)).toBe(true);
  });

  it('never splits what extraction skips whole, so a big script is not read as text', () => {
    const script = `<script>${'var x = "page state";'.repeat(50)}</script>`;
    const { document } = parseHTML(`<html><body>${paragraphs(3)}${script}</body></html>`);
    const skip = (el: Element) => el.localName === 'script';
    const groups = [...chunkNodes(document.body, limits, skip)];
    const script0 = document.querySelector('script')!;
    expect(groups.some((g) => g.includes(script0))).toBe(true);
    expect(groups.flat().some((n) => n.parentNode === script0)).toBe(false);
  });

  it('sizes subtrees without textContent, whose cost grows with the whole page', () => {
    const { document, Node: NodeCtor } = parseHTML(
      `<html><body>${paragraphs(60)}</body></html>`,
    ) as unknown as { document: Document; Node: typeof Node };
    const proto = NodeCtor.prototype;
    const saved = Object.getOwnPropertyDescriptor(proto, 'textContent')!;
    const expected = document.body.textContent;
    Object.defineProperty(proto, 'textContent', {
      configurable: true,
      get: () => {
        throw new Error('textContent read while chunking');
      },
    });
    try {
      const groups = [...chunkNodes(document.body, limits)];
      Object.defineProperty(proto, 'textContent', saved);
      expect(textOf(groups)).toBe(expected);
    } finally {
      Object.defineProperty(proto, 'textContent', saved);
    }
  });
});

describe('chunkNodes on nested wrappers', () => {
  /** A page of `depth` nested wrappers around many paragraphs, as news sites nest them. */
  const nested = (depth: number, n: number) =>
    `<html><body>${'<div>'.repeat(depth)}${paragraphs(n)}${'</div>'.repeat(depth)}</body></html>`;

  it('visits each node a bounded number of times, however deep the wrappers', () => {
    const { document, Node: NodeCtor } = parseHTML(nested(12, 600)) as unknown as {
      document: Document;
      Node: typeof Node;
    };
    const proto = NodeCtor.prototype;
    const saved = Object.getOwnPropertyDescriptor(proto, 'firstChild')!;
    let reads = 0;
    Object.defineProperty(proto, 'firstChild', {
      configurable: true,
      get(this: Node) {
        reads += 1;
        return saved.get!.call(this);
      },
    });
    let groups: Node[][];
    // Limits in proportion to real pages: each wrapper holds more than one group's worth.
    const wide: ChunkLimits = { maxChars: 100_000, maxElements: 300, maxDepth: 48 };
    try {
      groups = [...chunkNodes(document.body, wide)];
    } finally {
      Object.defineProperty(proto, 'firstChild', saved);
    }
    const nodes = document.body.querySelectorAll('*').length * 2; // elements and their text
    // Sizing level by level read the wrappers' contents again at each of the 12 levels.
    expect(reads).toBeLessThan(2 * nodes);
    expect(textOf(groups)).toBe(document.body.textContent);
  });

  it('cuts exactly as sizing each subtree on its own would', () => {
    // Same groups whatever the measurement holds: it only saves walking.
    const { document } = parseHTML(nested(5, 120));
    const groups = [...chunkNodes(document.body, limits)].filter((g) => g.length > 0);
    for (const g of groups) {
      const size = g.reduce(
        (s, n) => ({
          chars: s.chars + (n.textContent ?? '').length,
          elements:
            s.elements + (n.nodeType === 1 ? 1 + (n as Element).querySelectorAll('*').length : 0),
        }),
        { chars: 0, elements: 0 },
      );
      expect(size.chars).toBeLessThanOrEqual(limits.maxChars);
      expect(size.elements).toBeLessThanOrEqual(limits.maxElements);
    }
    expect(textOf(groups)).toBe(document.body.textContent);
  });

  it('still covers the page when the page moves nodes between two points where it yields', () => {
    const { document } = parseHTML(nested(3, 3000));
    const expected = document.body.textContent;
    const groups: Node[][] = [];
    let moved = false;
    for (const g of chunkNodes(document.body, limits)) {
      if (g.length === 0 && !moved) {
        // The page re-parents its content while the chunker is paused mid-measurement.
        const inner = document.body.querySelector('div > div > div')!;
        const wrapper = document.createElement('section');
        inner.parentNode!.replaceChild(wrapper, inner);
        wrapper.appendChild(inner);
        moved = true;
      }
      groups.push(g);
    }
    expect(moved).toBe(true);
    expect(textOf(groups)).toBe(expected);
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
