import { describe, expect, it } from 'vitest';
import {
  createTranslate,
  loadTranslate,
  messagesPath,
  parseMessages,
  resolveLocale,
} from '../../extension/i18n';

// Untyped access: these messages are made up for the test, not the generated keys.
type LooseT = (key: string, ...args: unknown[]) => string;

const messages = parseMessages({
  greet: { message: 'Hello $1, you have $2' },
  price: { message: 'It costs $$5 for $1' },
  count: { message: 'No passages | 1 passage | $1 passages' },
  two: { message: 'one item | $1 items' },
  named: { message: 'Hi {name}' },
  popup_title: { message: 'Popup' },
  broken: 'not an object',
});
const t = createTranslate(messages) as unknown as LooseT;

describe('createTranslate', () => {
  it('substitutes $1…$9 like browser.i18n, with $$ for a dollar', () => {
    expect(t('greet', ['Ana', 3])).toBe('Hello Ana, you have 3');
    expect(t('greet', ['Ana'])).toBe('Hello Ana, you have ');
    expect(t('price', ['two'])).toBe('It costs $5 for two');
  });

  it('chooses plural forms as @wxt-dev/i18n does', () => {
    expect([0, 1, 2, 12].map((n) => t('count', n))).toEqual([
      'No passages',
      '1 passage',
      '2 passages',
      '12 passages',
    ]);
    expect(t('count', 1234, ['1,234'])).toBe('1,234 passages');
    expect([1, 2].map((n) => t('two', n))).toEqual(['one item', '2 items']);
  });

  it('reads dotted keys as underscored message names, and named substitutions', () => {
    expect(t('popup.title')).toBe('Popup');
    expect(t('named', { name: 'Sam' })).toBe('Hi Sam');
  });

  it('falls back to the default locale, then to an empty string', () => {
    const withFallback = createTranslate(
      messages,
      parseMessages({ only_en: { message: 'English' } }),
    ) as unknown as LooseT;
    expect(withFallback('only.en')).toBe('English');
    expect(withFallback('missing')).toBe('');
    expect(messages.has('broken')).toBe(false);
  });
});

describe('resolveLocale', () => {
  it('follows the browser when set to auto, keeping its region for formats', () => {
    expect(resolveLocale('auto', 'es-MX')).toEqual({ language: 'es', locale: 'es-MX' });
    expect(resolveLocale('auto', 'en_GB')).toEqual({ language: 'en', locale: 'en-GB' });
  });

  it('falls back to English for a language LeakLens does not ship', () => {
    expect(resolveLocale('auto', 'fr-FR')).toEqual({ language: 'en', locale: 'en' });
  });

  it('honours an explicit choice, never mixing in another language’s formats', () => {
    expect(resolveLocale('es', 'fr-FR')).toEqual({ language: 'es', locale: 'es' });
    expect(resolveLocale('en', 'es-ES')).toEqual({ language: 'en', locale: 'en' });
    expect(resolveLocale('es', 'es-AR')).toEqual({ language: 'es', locale: 'es-AR' });
  });
});

describe('loadTranslate', () => {
  it('reads the chosen language with English behind it', async () => {
    const files: Record<string, unknown> = {
      [messagesPath('es')]: { hello: { message: 'Hola' } },
      [messagesPath('en')]: { hello: { message: 'Hello' }, extra: { message: 'Extra' } },
    };
    const read: string[] = [];
    const es = (await loadTranslate('es', async (path) => {
      read.push(path);
      return files[path];
    })) as unknown as LooseT;
    expect([es('hello'), es('extra')]).toEqual(['Hola', 'Extra']);
    expect(read.sort()).toEqual(['/_locales/en/messages.json', '/_locales/es/messages.json']);
  });
});
