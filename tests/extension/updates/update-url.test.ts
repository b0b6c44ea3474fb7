// The update URL setting: https only (loopback http in test builds only), no credentials, and the
// signature's address beside the bundle's.
import { describe, expect, it } from 'vitest';
import { parseUpdateUrl, signatureUrl } from '../../../extension/updates/update-url';

const store = { allowHttpLoopback: false };
const test = { allowHttpLoopback: true };

describe('parseUpdateUrl', () => {
  it('accepts https and drops a fragment', () => {
    expect(parseUpdateUrl('  https://rules.example/b.json#x ', store)).toEqual({
      ok: true,
      url: 'https://rules.example/b.json',
    });
  });

  it.each([
    ['http://rules.example/b.json', 'notHttps'],
    ['javascript:alert(1)', 'notHttps'],
    ['data:application/json,{}', 'notHttps'],
    ['file:///etc/passwd', 'notHttps'],
    ['ftp://rules.example/b.json', 'notHttps'],
    ['http://127.0.0.1:8080/b.json', 'notHttps'],
    ['https://user:pw@rules.example/b.json', 'credentials'],
    ['rules.example/b.json', 'invalid'],
    ['', 'invalid'],
    [`https://rules.example/${'a'.repeat(3000)}`, 'invalid'],
  ])('refuses %.40s (%s)', (input, problem) => {
    expect(parseUpdateUrl(input, store)).toEqual({ ok: false, problem });
  });

  it('allows http on loopback only in test builds', () => {
    expect(parseUpdateUrl('http://127.0.0.1:8080/b.json', test)).toMatchObject({ ok: true });
    expect(parseUpdateUrl('http://localhost/b.json', test)).toMatchObject({ ok: true });
    expect(parseUpdateUrl('http://10.0.0.1/b.json', test)).toEqual({
      ok: false,
      problem: 'notHttps',
    });
    expect(parseUpdateUrl('http://127.0.0.1.evil.example/b.json', test)).toMatchObject({
      ok: false,
    });
  });
});

describe('signatureUrl', () => {
  it('appends .sig to the path and keeps the query', () => {
    expect(signatureUrl('https://r.example/b.json')).toBe('https://r.example/b.json.sig');
    expect(signatureUrl('https://r.example/b.json?v=2')).toBe('https://r.example/b.json.sig?v=2');
  });
});
