// extension/active-bundle.ts: the content script and popup use the accepted update when it is
// newer than the built-in bundle, and fall back to the built-in one on any problem.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadActiveBundle } from '../../../extension/active-bundle';
import { saveStoredUpdate, type StoredUpdate } from '../../../extension/updates/store';
import { testBundle } from './helpers';

const builtin = testBundle({ id: 'leaklens-builtin', version: 2 });

const stored = (
  bundle: Record<string, unknown>,
  patch: Partial<StoredUpdate> = {},
): StoredUpdate => ({
  text: JSON.stringify(bundle),
  signature: 'sig',
  id: String(bundle['id']),
  version: Number(bundle['version']),
  created: '2031-04-28',
  url: 'https://rules.example/b.json',
  acceptedAt: '2031-05-01T10:00:00.000Z',
  ...patch,
});

describe('loadActiveBundle', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the built-in bundle when no update was accepted', async () => {
    expect(await loadActiveBundle(builtin)).toBe(builtin);
  });

  it('is the accepted update when it is newer', async () => {
    await saveStoredUpdate(stored(testBundle({ version: 3 })));
    expect(await loadActiveBundle(builtin)).toMatchObject({ id: 'test-bundle', version: 3 });
  });

  it('is the built-in bundle again once the extension ships a newer one', async () => {
    await saveStoredUpdate(stored(testBundle({ version: 3 })));
    const newer = { ...builtin, version: 3 };
    expect(await loadActiveBundle(newer)).toBe(newer);
  });

  it.each([
    ['unreadable text', stored(testBundle({ version: 3 }), { text: '{"trunc' })],
    ['a schema error', stored(testBundle({ version: 3, leaks: 'x' }))],
    ['an unknown hash', stored(testBundle({ version: 3, engine: { shingle: 5, hash: 'md5' } }))],
    ['metadata that lies', stored(testBundle({ version: 1 }), { version: 9 })],
  ])('falls back to the built-in bundle on %s', async (_, update) => {
    await saveStoredUpdate(update);
    expect(await loadActiveBundle(builtin)).toBe(builtin);
  });

  it('falls back to the built-in bundle when storage fails', async () => {
    await fakeBrowser.storage.local.set({ activeBundle: 'garbage' });
    expect(await loadActiveBundle(builtin)).toBe(builtin);
  });
});
