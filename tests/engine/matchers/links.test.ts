import { describe, expect, it } from 'vitest';
import {
  buildLinkIndex,
  matchLinks,
  normalizeUrl,
  underPrefix,
} from '../../../engine/matchers/links';

describe('normalizeUrl', () => {
  it('ignores scheme, www., host case, trailing slash, fragment and percent-encoding', () => {
    const a = normalizeUrl('https://www.Leakvault.example/files/renfield%20dossier/#top');
    const b = normalizeUrl('HTTP://leakvault.EXAMPLE/files/renfield dossier');
    expect(a).toEqual(b);
    expect(a).toEqual({ host: 'leakvault.example', path: 'files/renfield dossier', query: '' });
  });
  it('refuses non-http schemes and garbage', () => {
    expect(normalizeUrl('mailto:a@b.c')).toBeNull();
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
  it('survives malformed percent-encoding', () => {
    expect(normalizeUrl('https://x.example/a%E0%A4%A/b')?.path).toBe('a%E0%A4%A/b');
  });
});

describe('underPrefix', () => {
  const prefix = normalizeUrl('https://leakvault.example/files/renfield-dossier')!;
  const at = (u: string): boolean => underPrefix(normalizeUrl(u)!, prefix);
  it('matches the prefix and anything below it, with any query', () => {
    expect(at('https://leakvault.example/files/renfield-dossier')).toBe(true);
    expect(at('https://leakvault.example/files/renfield-dossier/page/2?utm_source=x')).toBe(true);
  });
  it('matches only at path-segment boundaries and on the same host', () => {
    expect(at('https://leakvault.example/files/renfield-dossier-commentary')).toBe(false);
    expect(at('https://leakvault.example/files/')).toBe(false);
    expect(at('https://cdn.leakvault.example/files/renfield-dossier')).toBe(false);
    expect(at('https://leakvault.example.evil/files/renfield-dossier')).toBe(false);
  });
  it('a prefix with a query names one resource', () => {
    const q = normalizeUrl('https://docs.example/view?id=42')!;
    expect(underPrefix(normalizeUrl('https://docs.example/view?id=42')!, q)).toBe(true);
    expect(underPrefix(normalizeUrl('https://docs.example/view?id=43')!, q)).toBe(false);
  });
});

describe('matchLinks', () => {
  it('reports each matching link with its text range', () => {
    const index = buildLinkIndex([
      { leak: 0, document: 'd', url: 'https://leakvault.example/files/renfield-dossier' },
    ]);
    const hits = matchLinks(
      [
        { href: 'http://leakvault.example/files/renfield-dossier/', start: 3, end: 9 },
        { href: 'https://leakvault.example/', start: 10, end: 12 },
      ],
      index,
    );
    expect(hits).toEqual([{ leak: 0, document: 'd', start: 3, end: 9 }]);
  });
});
