import { describe, expect, it } from 'vitest';
import { displayHost, httpsUrl, mailtoAddress } from '../../extension/safe-url';

describe('httpsUrl', () => {
  it('accepts https: URLs only', () => {
    expect(httpsUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    for (const bad of [
      'http://news.example/',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'https://news.example/\nx',
      '//news.example/',
      'news.example',
      'https:///path',
    ]) {
      expect({ bad, url: httpsUrl(bad) }).toEqual({ bad, url: null });
    }
  });
});

describe('mailtoAddress', () => {
  it('accepts a plain mailto: address', () => {
    expect(mailtoAddress('mailto:reports@leaklens.example')).toBe('reports@leaklens.example');
    expect(mailtoAddress('mailto:a@b.example?subject=x')).toBeNull();
    expect(mailtoAddress('mailto:nobody')).toBeNull();
    expect(mailtoAddress('mailto:%E0%A4%A@b.example')).toBeNull();
  });
});

describe('displayHost', () => {
  it('names a link by its host', () => {
    expect(displayHost('https://www.deseret.com/politics/x')).toBe('deseret.com');
    expect(displayHost('not a url')).toBe('not a url');
  });
});
