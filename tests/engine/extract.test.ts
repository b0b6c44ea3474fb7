import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageText, plainTextPage } from '../../engine/extract';
import { normalizeText } from '../../engine/normalize';
import type { PageText } from '../../engine/types';
import { checkMap } from './helpers/check-map';

function dom(html: string): Document {
  return parseHTML(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`)
    .document;
}

/** Segments tile the text: each maps to its node's data; everything else is a '\n' break. */
function checkSegments(page: PageText): void {
  let covered = 0;
  for (const s of page.segments) {
    expect(s.start).toBeGreaterThanOrEqual(covered);
    expect(page.text.slice(covered, s.start)).toMatch(/^\n?$/);
    expect(page.text.slice(s.start, s.start + s.length)).toBe(
      s.node!.data.slice(s.nodeOffset, s.nodeOffset + s.length),
    );
    covered = s.start + s.length;
  }
  expect(page.text.slice(covered)).toMatch(/^\n?$/);
}

describe('extractPageText', () => {
  it('keeps inline markup contiguous and breaks words at blocks and <br>', () => {
    const page = extractPageText(
      dom('<p><b>vul</b>nerable <i>text</i></p><div>next<br>line</div>'),
    );
    expect(page.text).toBe('vulnerable text\nnext\nline');
    checkSegments(page);
  });
  it('skips scripts, styles, form fields, editable areas, hidden and our own UI', () => {
    const page = extractPageText(
      dom(
        '<p>a</p><script>x</script><style>y</style><noscript>z</noscript><template>t</template>' +
          '<textarea>u</textarea><select><option>o</option></select><input value="v"><button>w</button>' +
          '<div contenteditable="true">edit</div><div contenteditable="false">kept</div>' +
          '<div hidden>h</div><div data-leaklens-ui><p>ui</p></div><svg><text>s</text></svg><p>b</p>',
      ),
    );
    expect(page.text).toBe('a\nkept\nb');
  });
  it('asks the caller which elements are not rendered', () => {
    const page = extractPageText(dom('<p class="x">gone</p><p>shown</p>'), {
      isHidden: (el) => el.getAttribute('class') === 'x',
    });
    expect(page.text).toBe('shown');
  });
  it('records links with resolved hrefs and text ranges', () => {
    const page = extractPageText(
      dom(
        '<p>See <a href="/files/a?x=1">the <b>file</b></a> and <a href="mailto:x@y">mail</a></p>',
      ),
      { baseUrl: 'https://news.example/story/' },
    );
    expect(page.links).toEqual([{ href: 'https://news.example/files/a?x=1', start: 4, end: 12 }]);
    expect(page.text.slice(4, 12)).toBe('the file');
  });
  it('enters open shadow roots', () => {
    const document = dom('<div id="host"><p>light</p></div><p>after</p>');
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(document.createElement('p')).textContent = 'shadow';
    expect(extractPageText(document).text).toBe('shadow\nlight\nafter');
  });
  it('walks 10,000 nested elements without recursion', () => {
    const document = dom('');
    let parent: Element = document.body;
    for (let i = 0; i < 10_000; i++) parent = parent.appendChild(document.createElement('span'));
    parent.textContent = 'deep';
    expect(extractPageText(document).text).toBe('deep');
  });
  it('extracts a subtree as a page of its own', () => {
    const document = dom('<p>before</p><section id="s"><p>one</p><p>two</p></section>');
    const page = extractPageText(document.getElementById('s')!);
    expect(page.text).toBe('one\ntwo');
    checkSegments(page);
  });
  it('never throws on a node whose properties throw', () => {
    const document = dom('<p>a</p><p id="bad">b</p><p>c</p>');
    Object.defineProperty(document.getElementById('bad')!, 'localName', {
      get() {
        throw new Error('hostile');
      },
    });
    expect(extractPageText(document).text).toBe('a\nc');
  });
  it('wraps plain text as one segment', () => {
    expect(plainTextPage('abc')).toEqual({
      text: 'abc',
      segments: [{ start: 0, length: 3, nodeOffset: 0 }],
      links: [],
    });
  });
});

/** Random HTML fragments: words, tricky characters, inline and block elements, skipped ones. */
const word = fc.constantFrom(
  'vul',
  'nerable',
  'Word',
  'ÉTÉ',
  'e\u0301',
  'ﬁ',
  '½',
  'don’t',
  '“q”',
  '—',
  'x-',
  'Straße',
  '\u00ad',
  '\u200b',
  '日本',
  'ΣΟΦΟΣ',
  '1',
);
const space = fc.constantFrom('', ' ', '\n', '&nbsp;', '\u2009', '-\n');
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(word, space).map(([w, s]) => w + s),
    fc
      .tuple(fc.constantFrom('b', 'i', 'span', 'a href="/x"', 'p', 'div', 'li', 'td'), tie('nodes'))
      .map(([tag, inner]) => `<${tag}>${inner}</${tag.split(' ')[0]}>`),
    fc.constantFrom('<br>', '<script>hidden()</script>', '<input value="v">'),
  ),
  nodes: fc.array(tie('node'), { maxLength: 6 }).map((a) => a.join('')),
})).nodes as fc.Arbitrary<string>;

describe('extraction and normalization properties', () => {
  it('every word range maps back to raw text that normalizes to the same words', () => {
    fc.assert(
      fc.property(html, (fragment) => {
        const page = extractPageText(dom(fragment), { baseUrl: 'https://x.example/' });
        checkSegments(page);
        checkMap(page.text, normalizeText(page.text));
        for (const link of page.links) {
          expect(link.start).toBeLessThanOrEqual(link.end);
          expect(link.end).toBeLessThanOrEqual(page.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
