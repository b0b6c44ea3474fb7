import { describe, expect, it } from 'vitest';
import { Options } from '../../components/Options';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/settings';
import { all, renderDom, textOf, uiFor } from './helpers';

const bundle = { id: 'leaklens-builtin', version: 3, created: '2024-10-01' };

function options(settings: Partial<Settings> = {}, language: 'en' | 'es' = 'en') {
  return renderDom(
    <Options
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      bundle={bundle}
      leakCount={1}
      onChange={async () => {}}
    />,
    uiFor(language),
  );
}

describe('Options', () => {
  it('explains each sensitivity and checks the saved one', () => {
    const doc = options({ sensitivity: 'high' });
    for (const s of ['low', 'normal', 'high']) {
      const input = doc.querySelector(`[data-testid="sensitivity-${s}"]`);
      const help = doc.getElementById(input?.getAttribute('aria-describedby') ?? '');
      expect(textOf(help).length).toBeGreaterThan(30);
      expect(input?.hasAttribute('checked')).toBe(s === 'high');
    }
  });

  it('lets the user choose which verdicts are marked in the page', () => {
    const doc = options({ markInline: ['republishes'] });
    expect(doc.querySelector('[data-testid="mark-republishes"]')?.hasAttribute('checked')).toBe(
      true,
    );
    expect(doc.querySelector('[data-testid="mark-quotes"]')?.hasAttribute('checked')).toBe(false);
  });

  it('lists paused and hidden sites, each removable, with a labelled field to add one', () => {
    const doc = options({ pausedSites: ['a.example', 'b.example'], hiddenSites: [] });
    const paused = doc.querySelector('[data-testid="paused-sites"]')!;
    expect(all(paused, 'li > span:first-child').map(textOf)).toEqual(['a.example', 'b.example']);
    expect(
      all(paused, '[data-testid="paused-sites-remove"]').map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove a.example', 'Remove b.example']);
    const input = doc.querySelector('[data-testid="hidden-sites-input"]');
    expect(textOf(doc.querySelector(`label[for="${input?.getAttribute('id')}"]`))).toBe(
      'Add a site',
    );
    expect(textOf(doc.querySelector('[data-testid="hidden-sites"]'))).toContain('None');
  });

  it('shows the active bundle: id, version, date, built-in and unsigned', () => {
    const doc = options();
    const cell = (id: string) => textOf(doc.querySelector(`[data-testid="${id}"]`));
    expect(cell('bundle-id')).toBe('leaklens-builtin');
    expect(cell('bundle-version')).toBe('3');
    expect(cell('bundle-date')).toBe('October 1, 2024');
    expect(cell('bundle-source')).toBe('built-in');
    expect(cell('bundle-signature')).toBe('built-in, not signed');
  });

  it('shows an accepted update once: where it came from, when, and its signature', () => {
    const origin = { url: 'https://rules.example/b.json', acceptedAt: '2031-05-01T10:00:00.000Z' };
    const render = (language: 'en' | 'es') =>
      renderDom(
        <Options
          settings={DEFAULT_SETTINGS}
          bundle={{ id: 'leaklens-rules', version: 9, created: '2031-04-28' }}
          leakCount={2}
          updated
          origin={origin}
          onChange={async () => {}}
        />,
        uiFor(language),
      );
    const doc = render('en');
    const cell = (d: Document, id: string) => textOf(d.querySelector(`[data-testid="${id}"]`));
    expect(cell(doc, 'bundle-version')).toBe('9');
    expect(cell(doc, 'bundle-source')).toMatch(
      /^update from https:\/\/rules\.example\/b\.json, accepted May 1, 2031/,
    );
    expect(cell(doc, 'bundle-signature')).toBe('Ed25519 signature verified when accepted');
    expect(all(doc, 'dl')).toHaveLength(1);
    expect(cell(render('es'), 'bundle-source')).toMatch(/^actualización desde https:/);
  });

  it('offers Auto, English and Español, each language named in itself', () => {
    const doc = options({ language: 'es' }, 'es');
    const choices = all(doc, '[data-testid="language"] option');
    expect(choices.map((o) => o.getAttribute('value'))).toEqual(['auto', 'en', 'es']);
    expect(choices.map(textOf)).toEqual([
      'Automático (el idioma del navegador)',
      'English',
      'Español',
    ]);
    expect(choices[2]?.getAttribute('lang')).toBe('es');
    expect(
      doc.querySelector('[data-testid="language"] option[selected]')?.getAttribute('value'),
    ).toBe('es');
    expect(textOf(doc.querySelector('h1'))).toBe('Ajustes de LeakLens');
  });
});
