import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../engine/extract';
import { concatPageTexts } from '../../engine/page-text';

describe('concatPageTexts', () => {
  it('joins parts with a block break and keeps every segment pointing at its node text', () => {
    const { document } = parseHTML(
      '<html><body><p id="a">Alpha <b>beta</b></p><p id="b">Gamma <a href="https://x.test/">delta</a></p></body></html>',
    );
    const parts = ['a', 'b'].map((id) => extractPageText(document.getElementById(id)!));
    const page = concatPageTexts(parts);
    expect(page.text).toBe('Alpha beta\nGamma delta');
    for (const s of page.segments) {
      expect(page.text.slice(s.start, s.start + s.length)).toBe(
        s.node!.data.slice(s.nodeOffset, s.nodeOffset + s.length),
      );
    }
    expect(page.links).toEqual([{ href: 'https://x.test/', start: 17, end: 22 }]);
    expect(page.text.slice(17, 22)).toBe('delta');
  });

  it('returns a single non-empty part as it is and skips empty ones', () => {
    const one = { text: 'x', segments: [], links: [] };
    expect(concatPageTexts([{ text: '', segments: [], links: [] }, one])).toBe(one);
  });
});
