// The Spanish locale must say everything the English one says, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { messagesJson } from './helpers';

const en = messagesJson('en');
const es = messagesJson('es');

const placeholders = (m: string): string[] => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();
const pluralForms = (m: string): number => m.split(' | ').length;

describe('locales', () => {
  it('have exactly the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders and plural forms in both languages', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const other = es[key]?.message ?? '';
      expect({ key, placeholders: placeholders(other) }).toEqual({
        key,
        placeholders: placeholders(message),
      });
      expect({ key, forms: pluralForms(other) }).toEqual({ key, forms: pluralForms(message) });
    }
  });

  it('leave no message empty', () => {
    for (const messages of [en, es]) {
      expect(Object.entries(messages).filter(([, m]) => m.message.trim() === '')).toEqual([]);
    }
  });
});
