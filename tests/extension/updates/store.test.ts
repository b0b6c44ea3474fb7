// The stored update state reads defensively: corrupt or hand-edited values read as "nothing".
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EMPTY_LOG,
  loadStoredUpdate,
  loadUpdateLog,
  loadUpdateSettings,
  saveUpdateUrl,
} from '../../../extension/updates/store';

describe('update storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with updates off, nothing stored and an empty log', async () => {
    expect(await loadUpdateSettings()).toEqual({ updateUrl: null });
    expect(await loadStoredUpdate()).toBeNull();
    expect(await loadUpdateLog()).toEqual(EMPTY_LOG);
  });

  it('keeps the URL in its own storage.local item', async () => {
    await saveUpdateUrl('https://rules.example/b.json');
    expect(await fakeBrowser.storage.local.get('updateSettings')).toEqual({
      updateSettings: { updateUrl: 'https://rules.example/b.json' },
    });
    await saveUpdateUrl(null);
    expect(await loadUpdateSettings()).toEqual({ updateUrl: null });
  });

  it('reads corrupt values as nothing stored', async () => {
    await fakeBrowser.storage.local.set({
      updateSettings: { updateUrl: 42 },
      activeBundle: { text: 7 },
      updateLog: { lastCheck: 'yesterday', lastRefusal: null, etag: [] },
    });
    expect(await loadUpdateSettings()).toEqual({ updateUrl: null });
    expect(await loadStoredUpdate()).toBeNull();
    expect(await loadUpdateLog()).toEqual(EMPTY_LOG);
  });

  it('keeps an update stored before filters said whether their words are ASCII', async () => {
    const filter = { always: false, words: ['vance'], names: [[0]], anchors: [], hosts: [] };
    const stored = {
      text: '{}',
      signature: 'sig',
      id: 'b',
      version: 2,
      created: '2024-12-31',
      url: 'https://rules.example/b.json',
      acceptedAt: '2026-12-01T00:00:00.000Z',
      filter,
    };
    await fakeBrowser.storage.local.set({ activeBundle: stored });
    // False is always right: the lookout then takes the whole fold.
    expect(await loadStoredUpdate()).toEqual({
      ...stored,
      filter: { ...filter, asciiWords: false },
    });
  });
});
