import { describe, expect, it } from 'vitest';
import type { Translate } from '../../extension/i18n';
import { loadUi } from '../../extension/ui';

const browserT = ((key: string) => `browser:${key}`) as unknown as Translate;

describe('loadUi', () => {
  it('loads the chosen language and formats for it', async () => {
    const ui = await loadUi('es', {
      browserLanguage: 'en-US',
      fetchJson: async (path) =>
        path.includes('/es/') ? { options_title: { message: 'Ajustes' } } : {},
      fallback: browserT,
    });
    expect(ui.t('options.title')).toBe('Ajustes');
    expect(ui.language).toBe('es');
    expect(ui.date('2024-08-10')).toBe('10 de agosto de 2024');
    expect(ui.number(1234567)).toBe('1.234.567');
  });

  it("falls back to the browser's own translation when the messages cannot be read", async () => {
    const ui = await loadUi('es', {
      browserLanguage: 'en-US',
      fetchJson: () => Promise.reject(new Error('offline')),
      fallback: browserT,
    });
    expect(ui.t('options.title')).toBe('browser:options.title');
    expect(ui.locale).toBe('en-US');
  });
});
