import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, rawRange } from '../../engine/normalize';
import { checkMap } from './helpers/check-map';

const n = (raw: string): string => normalizeText(raw).text;

describe('normalizeText', () => {
  it('folds case, NFKC forms and compatibility characters', () => {
    expect(n('ＦＵＬＬ width ﬁne Ⅻ')).toBe('full width fine xii');
    expect(n('Straße ΣΊΣΥΦΟΣ σοφός')).toBe('strasse σίσυφοσ σοφόσ');
    expect(n('cafe\u0301 café')).toBe('café café');
  });
  it('unifies quotes, dashes and ellipses', () => {
    expect(n('“Quoted” ‘single’ don’t — – ‐ − …')).toBe("\"quoted\" 'single' don't - - - - ...");
  });
  it('folds every kind of whitespace into single spaces and trims', () => {
    expect(n(' \u00a0a\u2009\u202f b\t\n\r\u3000c \u2028 ')).toBe('a b c');
  });
  it('removes soft hyphens and zero-width characters', () => {
    expect(n('vul\u00adner\u200bable\u200d \ufeffword\u2060s')).toBe('vulnerable words');
  });
  it('joins end-of-line hyphenation, but not real hyphens or capitals', () => {
    expect(n('vul-\nnerable')).toBe('vulnerable');
    expect(n('vul-  \n\n  nerable')).toBe('vulnerable');
    expect(n('vul\u2010\r\nnerable')).toBe('vulnerable');
    expect(n('well-known')).toBe('well-known');
    expect(n('Smith-\nJones')).toBe('smith- jones');
    expect(n('2023-\n24')).toBe('2023- 24');
    expect(n('- item\n- item')).toBe('- item - item');
  });
  it('maps each normalized character to its raw source', () => {
    const raw = '  Ａb\u00adc — “d”';
    const norm = normalizeText(raw);
    expect(norm.text).toBe('abc - "d"');
    expect(rawRange(norm, 0, 3)).toEqual([2, 6]);
    expect(raw.slice(...rawRange(norm, 4, 5))).toBe('—');
    expect(raw.slice(...rawRange(norm, 6, 9))).toBe('“d”');
  });
  it('composes marks across invisible characters (idempotence regressions)', () => {
    expect(n('a\u200b\u0301')).toBe('á');
    expect(n('a\u00ad\u0301')).toBe('á');
    expect(n('a\ud800\u0301')).toBe('á');
  });
  it('drops lone surrogates instead of corrupting the output', () => {
    expect(n('a\ud800b \udc00c')).toBe('ab c');
  });
});

/** Characters that exercise every folding rule. */
const tricky = fc.constantFrom(
  ...'aAbZ ęÉé\u0301ßΣς\u00a0\u2009\u3000\t\n\r\u00ad\u200b\u200d\ufeff-\u2010—–’‘“”…ﬁＦ½İ\ud83d\ude00\ud800\'".,;x1'.split(
    '',
  ),
);
const text = fc.oneof(
  fc.array(tricky, { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.constantFrom('vul-\nnerable', 'Word', ' ', '\n', 'x-', '  \n', 'aé', '“q”'), {
      maxLength: 20,
    })
    .map((a) => a.join('')),
);

describe('normalizeText properties', () => {
  it('maps any word range back to a raw slice that normalizes to the same text', () => {
    fc.assert(
      fc.property(text, (raw) => {
        checkMap(raw, normalizeText(raw));
      }),
      { numRuns: 400 },
    );
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const once = n(raw);
        expect(n(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
