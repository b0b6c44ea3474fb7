// The cutting walk: one pass over a page that extracts its text and cuts it into parts, each
// recording the subtrees that fell into it whole (what a later rescan of the part re-extracts).
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  blockOf,
  extractPageText,
  extractParts,
  type ExtractedPart,
  type PartLimits,
} from '../../engine/extract';
import { concatPageTexts } from '../../engine/page-text';

const limits: PartLimits = { maxChars: 100, maxElements: 20 };
const paragraphs = (n: number, words = 5) =>
  Array.from({ length: n }, (_, i) => `<p>${`word${i} `.repeat(words)}</p>`).join('');
const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`);

function partsOf(
  roots: Node[],
  l: PartLimits = limits,
): { parts: ExtractedPart[]; pauses: number } {
  const parts: ExtractedPart[] = [];
  let pauses = 0;
  for (const p of extractParts(roots, l)) {
    if (p) parts.push(p);
    else pauses++;
  }
  return { parts, pauses };
}

const nodesOfSegments = (texts: { segments: { node?: Node }[] }[]) =>
  texts.flatMap((t) => t.segments.map((s) => s.node));

describe('extractParts', () => {
  it('takes a small page whole, as one part of the root', () => {
    const { document } = page(paragraphs(2));
    const { parts } = partsOf([document.body]);
    expect(parts.map((p) => p.nodes)).toEqual([[document.body]]);
    expect(parts[0]!.page).toEqual(extractPageText(document.body));
  });

  it('cuts a large page into parts of about the limit that cover all its text in order', () => {
    const { document } = page(paragraphs(60));
    const { parts } = partsOf([document.body]);
    expect(parts.length).toBeGreaterThan(10);
    const longestParagraph = 60;
    for (const p of parts)
      expect(p.page.text.length).toBeLessThan(limits.maxChars + longestParagraph);
    expect(nodesOfSegments(parts.map((p) => p.page))).toEqual(
      nodesOfSegments([extractPageText(document.body)]),
    );
  });

  it('records whole subtrees: a cut leaves the wrapper out and keeps its finished children', () => {
    const { document } = page(`<h1>Title</h1><div id="big">${paragraphs(30)}</div><p>tail</p>`);
    const { parts } = partsOf([document.body]);
    const big = document.getElementById('big')!;
    const all = parts.flatMap((p) => p.nodes);
    expect(all).not.toContain(big);
    expect(all).not.toContain(document.body);
    expect(all[0]).toBe(document.querySelector('h1'));
    expect(all.at(-1)).toBe(document.querySelector('body > p'));
    expect(all.filter((n) => n.parentNode === big)).toHaveLength(30);
  });

  it('counts elements too, so many empty elements are cut as well, where no block ends too', () => {
    const { document } = page('<span></span>'.repeat(100));
    const { parts } = partsOf([document.body]);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    // No block ends among the spans: each part is cut at half as much again as the limit.
    expect(parts.every((p) => p.nodes.length <= 1.5 * limits.maxElements)).toBe(true);
  });

  it('cuts where a block ends once past the limits, so rows of inline cells fall into parts whole', () => {
    const cells = '<span>cell </span>'.repeat(12);
    const { document } = page(
      `<div id="grid">${`<div class="row">${cells}</div>`.repeat(20)}</div>`,
    );
    const { parts } = partsOf([document.body]);
    expect(parts.length).toBeGreaterThan(5);
    // A cut inside a row would record its cells one by one; every recorded node is a row.
    for (const p of parts) for (const n of p.nodes) expect((n as Element).className).toBe('row');
  });

  it('walks 10,000-deep nesting in one pass, pausing regularly on the way', () => {
    const deep = '<div>'.repeat(10_000) + 'x'.repeat(500) + '</div>'.repeat(10_000);
    const { document } = page(deep);
    const { parts, pauses } = partsOf([document.body]);
    // The wrappers walked through give the caller points to yield, though they hold no text.
    expect(pauses).toBeGreaterThan(10_000 / 256 - 1);
    expect(parts.map((p) => p.page.text)).toEqual(['x'.repeat(500)]);
  });

  it('keeps a skipped element whole, so a big script is a node of its part, not text', () => {
    const script = `<script>${'var x = "page state";'.repeat(50)}</script>`;
    const { document } = page(`${paragraphs(3)}${script}`);
    const { parts } = partsOf([document.body], { maxChars: 20, maxElements: 20 });
    const el = document.querySelector('script')!;
    expect(parts.some((p) => p.nodes.includes(el))).toBe(true);
    expect(parts.some((p) => p.page.text.includes('page state'))).toBe(false);
  });

  it('ends a link cut in two where its first part ends, and keeps empty links', () => {
    const { document } = page(
      `<a href="https://copies.example/a">${'linked words '.repeat(20)}</a>` +
        '<a href="https://copies.example/empty"></a><p>after</p>',
    );
    const { parts } = partsOf([document.body]);
    const first = parts[0]!.page;
    expect(first.links[0]).toMatchObject({ href: 'https://copies.example/a', start: 0 });
    expect(first.links[0]!.end).toBe(first.text.length);
    const hrefs = parts.flatMap((p) => p.page.links.map((l) => l.href));
    expect(hrefs).toContain('https://copies.example/empty');
    for (const p of parts)
      for (const l of p.page.links) expect(l.end).toBeGreaterThanOrEqual(l.start);
  });

  it('walks several roots in order, as the page adds them later', () => {
    const { document } = page(`${paragraphs(6, 2)}<div id="big">${paragraphs(30)}</div>`);
    const ps = [...document.querySelectorAll('body > p')];
    const { parts } = partsOf([...ps, document.getElementById('big')!]);
    expect(parts[0]!.nodes.slice(0, ps.length)).toEqual(ps);
    expect(parts.length).toBeGreaterThan(2);
  });

  it('cuts any page into parts whose subtrees re-extract to the same text', () => {
    // Random pages of nested blocks, inline elements, links, scripts and hidden elements.
    const tree: fc.Memo<string> = fc.memo((depth) =>
      depth <= 0
        ? fc.constantFrom('', 'alpha ', 'beta gamma ', 'delta')
        : fc
            .tuple(
              fc.constantFrom(
                'div',
                'p',
                'span',
                'b',
                'a href="https://x.example/"',
                'script',
                'section hidden',
                'br',
              ),
              fc.array(tree(depth - 1), { maxLength: 3 }),
            )
            .map(([tag, children]) => {
              const name = tag.split(' ')[0]!;
              return name === 'br' ? '<br>' : `<${tag}>${children.join('')}</${name}>`;
            }),
    );
    fc.assert(
      fc.property(
        fc.array(tree(3), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (children, maxChars, maxElements) => {
          const { document } = page(children.join(''));
          const { parts } = partsOf([document.body], { maxChars, maxElements });
          const whole = extractPageText(document.body);
          // Together the parts hold all the text, in order.
          expect(nodesOfSegments(parts.map((p) => p.page))).toEqual(nodesOfSegments([whole]));
          const nodes = parts.flatMap((p) => p.nodes);
          for (const p of parts) {
            // A rescan of the part's subtrees finds the same text nodes.
            const again = concatPageTexts(p.nodes.map((n) => extractPageText(n)));
            expect(nodesOfSegments([again])).toEqual(nodesOfSegments([p.page]));
          }
          // No subtree is recorded twice, nor inside another one.
          expect(new Set(nodes).size).toBe(nodes.length);
          const recorded = new Set(nodes);
          for (const n of nodes) {
            for (let a = n.parentNode; a !== null; a = a.parentNode) {
              expect(recorded.has(a)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('blockOf', () => {
  it('finds the nearest block around a node, the root above the blocks, and nothing outside it', () => {
    const { document } = page('<div id="d"><p id="p">a <b id="b">bold</b></p></div>text');
    const body = document.body;
    const b = document.getElementById('b')!;
    expect(blockOf(b.firstChild!, body)).toBe(document.getElementById('p'));
    expect(blockOf(body.lastChild!, body)).toBe(body);
    expect(blockOf(document.head, body)).toBeNull();
  });
});
