import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  migrateSettingsV2,
  normalizeHost,
  normalizeHosts,
  SETTINGS_VERSION,
  siteOf,
  toSettings,
  toggleSite,
} from '../../extension/settings';
import { loadSettings, settingsItem, updateSettings } from '../../extension/settings-store';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to normal sensitivity, marking republished and quoted text, in the browser language', async () => {
    expect(await loadSettings()).toEqual({
      sensitivity: 'normal',
      markInline: ['republishes', 'quotes'],
      pausedSites: [],
      hiddenSites: [],
      language: 'auto',
    });
  });

  it('persists changes in sync storage, so they survive a restart and follow the user', async () => {
    await updateSettings((s) => ({ ...s, sensitivity: 'high', language: 'es' }));
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: expect.objectContaining({ sensitivity: 'high', language: 'es' }),
    });
    expect(await loadSettings()).toMatchObject({ sensitivity: 'high', language: 'es' });
  });

  it('repairs corrupt values field by field', () => {
    expect(
      toSettings({
        sensitivity: 'extreme',
        pausedSites: ['a.test'],
        markInline: 7,
        language: 'fr',
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['a.test'] });
    expect(toSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(toSettings(['an', 'array'])).toEqual(DEFAULT_SETTINGS);
  });

  it('distrusts a whole list when one item is bad, and keeps the lists within bounds', () => {
    const long = 'a'.repeat(254);
    expect(toSettings({ markInline: ['quotes', 'shouts'] }).markInline).toEqual(
      DEFAULT_SETTINGS.markInline,
    );
    expect(toSettings({ markInline: [] }).markInline).toEqual([]);
    expect(toSettings({ hiddenSites: ['ok.test', long] }).hiddenSites).toEqual([]);
    expect(toSettings({ pausedSites: ['ok.test', 3] }).pausedSites).toEqual([]);
    const many = Array.from({ length: 5001 }, (_, i) => `s${i}.test`);
    expect(toSettings({ pausedSites: many }).pausedSites).toEqual([]);
    expect(toSettings({ pausedSites: many.slice(0, 5000) }).pausedSites).toHaveLength(5000);
  });

  it('never hands out the defaults themselves, so a caller cannot change them', () => {
    toSettings({}).markInline.push('links');
    toSettings(null).pausedSites.push('x.test');
    expect(DEFAULT_SETTINGS.markInline).toEqual(['republishes', 'quotes']);
    expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
  });

  it('applies to http(s) hosts only', () => {
    expect(siteOf('https://News.Test:8080/a?b')).toBe('news.test');
    expect(siteOf('chrome://settings')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('adds and removes a site once', () => {
    expect(toggleSite(['b.test'], 'a.test', true)).toEqual(['a.test', 'b.test']);
    expect(toggleSite(['a.test', 'a.test'], 'a.test', false)).toEqual([]);
  });
});

describe('normalizeHost', () => {
  it('reads a host from what a user types or pastes', () => {
    expect(normalizeHost('  News.Example.COM ')).toBe('news.example.com');
    expect(normalizeHost('https://news.example.com/2024/story?x=1')).toBe('news.example.com');
    expect(normalizeHost('news.example.com:8443/path')).toBe('news.example.com');
    expect(normalizeHost('localhost')).toBe('localhost');
    expect(normalizeHost('bücher.example')).toBe('xn--bcher-kva.example');
  });

  it('refuses what is not a web site', () => {
    for (const bad of [
      '',
      '   ',
      'two words',
      'chrome://settings',
      'javascript:alert(1)',
      'a..b',
      '-a.example',
    ]) {
      expect({ bad, host: normalizeHost(bad) }).toEqual({ bad, host: null });
    }
  });

  it('cleans whole lists: hosts once, sorted, unreadable entries dropped', () => {
    expect(normalizeHosts(['B.example', 'https://a.example/x', 'b.example', 7, 'no way'])).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(normalizeHosts('not a list')).toEqual([]);
  });
});

describe('settings migration', () => {
  beforeEach(() => fakeBrowser.reset());

  const v1 = {
    sensitivity: 'high',
    markInline: ['republishes'],
    pausedSites: ['News.Example', 'https://blog.example/post', 'news.example'],
    hiddenSites: ['c.example'],
  };

  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('v1 → v2 adds the language and normalises the site lists, keeping every choice', () => {
    expect(migrateSettingsV2(v1)).toEqual({
      sensitivity: 'high',
      markInline: ['republishes'],
      pausedSites: ['blog.example', 'news.example'],
      hiddenSites: ['c.example'],
      language: 'auto',
    });
    expect(migrateSettingsV2(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('runs on stored v1 settings after an extension update (no version mark)', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(stored['settings']).toEqual(migrateSettingsV2(v1));
    expect(await loadSettings()).toEqual(migrateSettingsV2(v1));
  });

  it('runs on v1 settings marked as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: 2 });
    expect((await loadSettings()).pausedSites).toEqual(['blog.example', 'news.example']);
  });

  it('leaves v2 settings alone', async () => {
    const v2 = { ...DEFAULT_SETTINGS, pausedSites: ['Kept.As.Is'], language: 'es' };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.sync.get('settings'))['settings']).toEqual(v2);
  });

  it('does nothing on a fresh install', async () => {
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
