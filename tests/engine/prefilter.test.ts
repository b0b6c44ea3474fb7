import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../compiler/compile-rules';
import { buildIndex, extractPageText, plainTextPage } from '../../engine/index';
import { buildPrefilter, compilePageFilter } from '../../engine/page-filter';
import {
  allAsciiWords,
  foldForPrefilter,
  hasWholeWord,
  PLAIN_TEXT,
  prefilterOf,
  textForWords,
  toPageFilter,
} from '../../engine/prefilter';
import { WIDE_PLAIN_RANGES } from '../../engine/plain-text-class';
import { keepsAsciiWords } from '../../scripts/plain-text-class';
import { findEvidence } from '../../engine/scan';
import { THRESHOLDS } from '../../engine/thresholds';

const ROOT = new URL('../../', import.meta.url).pathname;
const builtin = compileRules({ rulesDir: `${ROOT}rules` }).bundle;
const index = buildIndex(builtin);
const names = builtin.leaks.flatMap((l) => [
  l.title,
  ...l.mentions,
  ...l.weakMentions,
  ...l.documents.flatMap((d) => [d.title, ...d.aliases]),
]);

/** Ways pages damage a name without changing the words the engine sees. */
const damage = fc.constantFrom(
  (s: string) => s.toUpperCase(),
  (s: string) => s.replace(/([a-z]{3})([a-z])/i, '$1\u00ad$2'),
  (s: string) => s.replace(/'/g, '\u2019'),
  (s: string) => s.replace(/([a-z]{3})([a-z]{2,})/, '$1-\n$2'),
  (s: string) => s.replace(/[A-Za-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (s: string) => s.replace(/ /g, '\u00a0'),
  (s: string) => s,
);

describe('prefilter', () => {
  it('never stops a page on which the matchers find a name or a phrase', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...names), fc.lorem({ maxCount: 8 })), { maxLength: 6 }),
        fc.array(damage, { minLength: 6, maxLength: 6 }),
        (parts, damages) => {
          const text = parts.map((p, i) => damages[i]!(p)).join(' … ');
          const page = plainTextPage(text);
          const found = findEvidence(index, page, THRESHOLDS.normal).filter(
            (p) => p.kind === 'mention' || p.kind === 'phrase',
          );
          if (found.length > 0) expect(index.prefilter.mightMatch(page)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('folds text the way the engine does for the words it looks for', () => {
    expect(foldForPrefilter('MINT SAND\u00adSTORM')).toContain('mint sandstorm');
    expect(foldForPrefilter('Stra\u00dfe \uff21PT42 M\u0001ASOUD')).toContain(
      'strasse apt42 masoud',
    );
    expect(foldForPrefilter('dos-\nsier')).toContain('dossier');
    // Every apostrophe the engine unifies (NFKC has already made U+00B4 a space and a combining
    // accent), final sigma, and capital sharp s (lower case: ß → ss).
    expect(
      foldForPrefilter('a\u2018b\u2019c\u201ad\u201be\u2032f\u2035g\u00b4h\u02bci`j ΟΔΟΣ \u1e9e'),
    ).toBe("a'b'c'd'e'f'g \u0301h'i'j οδοσ ss");
  });

  it('finds a word only where the tokenizer would cut it as a whole word', () => {
    expect(hasWholeWord('the apt42 group', 'apt42')).toBe(true);
    expect(hasWholeWord('xapt42 and apt421', 'apt42')).toBe(false);
    // A later occurrence counts when an earlier one is inside a longer word.
    expect(hasWholeWord('captured by apt', 'apt')).toBe(true);
    expect(hasWholeWord('apt\u0301', 'apt')).toBe(false);
    // Code points, not code units: an astral letter joins the word, an emoji does not.
    expect(hasWholeWord('\u{1d400}apt', 'apt')).toBe(false);
    expect(hasWholeWord('apt\u{1d400}', 'apt')).toBe(false);
    expect(hasWholeWord('\u{1f600}apt\u{1f600}', 'apt')).toBe(true);
    expect(hasWholeWord('any text', '')).toBe(false);
  });

  it('treats every character as the tokenizer does (letters, digits and marks join a word)', () => {
    const joins = /[\p{L}\p{N}\p{M}]/u;
    for (let code = 0; code <= 0x10ffff; code += code < 0x10000 ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      expect(hasWholeWord(`${c}apt`, 'apt'), `before: ${code}`).toBe(!joins.test(c));
      expect(hasWholeWord(`apt${c}`, 'apt'), `after: ${code}`).toBe(!joins.test(c));
    }
  });

  it('lets a page through when it links to a known copy, whatever its text', () => {
    const filter = buildPrefilter({
      names: ['Northwind files'],
      phrases: [],
      urls: ['https://leaks.example/northwind/'],
      hasFingerprints: false,
    });
    const page = {
      text: 'nothing here',
      segments: [],
      links: [{ href: 'https://LEAKS.example/northwind/memo', start: 0, end: 7 }],
    };
    expect(filter.mightMatch(page)).toBe(true);
    expect(filter.mightMatch({ ...page, links: [] })).toBe(false);
    expect(filter.mightMatch(plainTextPage('the Northwind files were published'))).toBe(true);
  });

  it('always scans bundles with fingerprints', () => {
    const filter = buildPrefilter({ names: [], phrases: [], urls: [], hasFingerprints: true });
    expect(filter.mightMatch(plainTextPage(''))).toBe(true);
  });

  it('stops most of the real pages before the pipeline with the built-in bundle', () => {
    const dir = `${ROOT}../shared/corpus/real-pages`;
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    const through = files.filter((f) => {
      const { document } = parseHTML(readFileSync(`${dir}/${f}`, 'utf8'));
      return index.prefilter.mightMatch(extractPageText(document.body ?? document.documentElement));
    });
    expect(files.length).toBeGreaterThanOrEqual(130);
    expect(through.length / files.length).toBeLessThan(0.2);
  });
});

describe('textForWords', () => {
  it('admits as plain only characters whose fold leaves ASCII words where they stand', () => {
    const wide = new RegExp(`^[${WIDE_PLAIN_RANGES}]$`);
    let plain = 0;
    let widePlain = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      const inPlain = PLAIN_TEXT.test(c);
      const inWide = wide.test(c);
      if (!inPlain && !inWide) continue;
      plain += inPlain ? 1 : 0;
      widePlain += inWide ? 1 : 0;
      expect(keepsAsciiWords(c), `U+${code.toString(16)}`).toBe(true);
      // The wider class is read only after PLAIN_TEXT fails, so it must hold all of it.
      expect(inWide || !inPlain, `U+${code.toString(16)}`).toBe(true);
    }
    expect(plain).toBeGreaterThan(200);
    expect(widePlain).toBeGreaterThan(40_000);
    // What each leaves out: what NFKC makes letters or digits of, what the fold drops, ß.
    for (const c of [
      '\u2122',
      '\u00bd',
      '\ufb01',
      '\uff21',
      '\u00ad',
      '\u200b',
      '\u00df',
      '\ufeff',
    ]) {
      expect(wide.test(c) || PLAIN_TEXT.test(c), `U+${c.charCodeAt(0).toString(16)}`).toBe(false);
    }
  });

  it('answers every whole-word search of ASCII words as the whole fold does', () => {
    const words = ['trump', 'campaign', 'apt42', 'dossier', 'vance', 'leak'];
    const plainChars = [
      ...'Aa Zz09-\n\t\'`"\u00a0\u00e9\u00c9\u00ff\u2011\u2013\u2019\u201c\u2026\u20ac\u00d7',
    ];
    // Wider plain: other scripts (final sigma, dotted I, Kelvin, CJK), marks, arrows, spaces.
    const wholeWide = new RegExp(`^[${WIDE_PLAIN_RANGES}]*$`);
    const widerChars = [
      ...'\u03a3\u03c2\u0130\u212a\u00b5\u0436\u05d0\u0627\u4e2d\u3042\u0301\u0308\u2192\u25bc\u2003\u3000\u2028',
    ];
    const piece = fc.oneof(
      fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()), 'dos-\nsier', 'Tr\u00e9mp'),
      fc.constantFrom(...plainChars),
      fc.constantFrom(...widerChars),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        // Plain in the wider sense at least: the shortcut is what is tested.
        expect(wholeWide.test(text)).toBe(true);
        const fast = textForWords(text, true);
        const full = foldForPrefilter(text);
        for (const w of words) expect(hasWholeWord(fast, w), w).toBe(hasWholeWord(full, w));
      }),
      { numRuns: 2000 },
    );
  });

  it('lowers the case alone of text plain in the wider sense: other scripts, arrows', () => {
    // The whole fold would make σ of the final sigma; lower case alone leaves it.
    expect(textForWords('TRUMP \u2192 \u039c\u0391\u03a3 \u03c2 \u4e2d', true)).toBe(
      'trump \u2192 \u03bc\u03b1\u03c2 \u03c2 \u4e2d',
    );
  });

  it('folds in full where the text is not plain or a word is not ASCII', () => {
    expect(textForWords('Tr\u00adump \uff21PT42', true)).toContain('trump apt42');
    expect(textForWords('Stra\u00dfe', true)).toBe('strasse');
    expect(textForWords('Apt\u2019s', false)).toBe("apt's");
    expect(textForWords('Apt\u2019s', true)).toBe('apt\u2019s');
    expect(allAsciiWords(['apt42', 'vance'])).toBe(true);
    expect(allAsciiWords(['apt42', 'straße'])).toBe(false);
  });
});

describe('toPageFilter', () => {
  const filter = compilePageFilter({
    names: ['Vance dossier'],
    phrases: ['a phrase of the document'],
    urls: ['https://copies.example/doc'],
    hasFingerprints: false,
  });

  it('takes back a compiled filter as stored (a JSON round trip)', () => {
    expect(toPageFilter(JSON.parse(JSON.stringify(filter)))).toEqual(filter);
  });

  it('refuses anything else: missing fields, wrong types, indexes outside the words', () => {
    expect(toPageFilter(null)).toBeNull();
    expect(toPageFilter('filter')).toBeNull();
    expect(toPageFilter({ ...filter, always: 'no' })).toBeNull();
    expect(toPageFilter({ ...filter, words: [1] })).toBeNull();
    expect(toPageFilter({ ...filter, names: [[filter.words.length]] })).toBeNull();
    expect(toPageFilter({ ...filter, anchors: [-1] })).toBeNull();
    expect(toPageFilter({ ...filter, hosts: undefined })).toBeNull();
    expect(toPageFilter({ ...filter, asciiWords: undefined })).toBeNull();
  });
});

describe('compilePageFilter', () => {
  const compile = (names: string[]) =>
    compilePageFilter({ names, phrases: [], urls: [], hasFingerprints: false });

  it('works out once whether every trigger word is ASCII, for the plain-text shortcut', () => {
    expect(compile(['Vance dossier', 'APT42']).asciiWords).toBe(true);
    expect(compile(['Vance dossier', 'Straße Müller']).asciiWords).toBe(false);
  });

  it('looks for non-ASCII words in the whole fold', () => {
    const filter = compile(['Jürgen Straße']);
    expect(prefilterOf(filter).mightMatch(plainTextPage('JU\u0308RGEN, Stra\u00dfe 4'))).toBe(true);
    expect(prefilterOf(filter).mightMatch(plainTextPage('Jurgen, Strasse 4'))).toBe(false);
  });
});
