// extension/active-bundle.ts + trusted-bundle.ts: pages, popup and options use the accepted update
// when it is newer than the built-in bundle and this extension version's background checked it;
// any problem leaves the built-in bundle in use.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recheckStoredUpdate } from '../../../extension/active-bundle';
import { loadTrustedBundle } from '../../../extension/updates/active-update-item';
import { readPageStorage } from '../../../extension/page/page-storage';
import { bundleInfo } from '../../../extension/report';
import { lookoutUpdate, pageBundle as pageSource } from '../../../extension/trusted-bundle';
import { pageFilterOf } from '../../../engine/page-filter';
import type { Bundle } from '../../../engine/bundle';
import type { BrowserApi } from '../../../extension/messages';
import {
  loadStoredUpdate,
  saveStoredUpdate,
  type StoredUpdate,
} from '../../../extension/updates/store';
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

const VERSION = '1.2.3';

/**
 * What a page gets after the background of VERSION started (the content script's path: storage
 * read raw), checked against what the popup and the options page get.
 */
async function pageBundle(builtinBundle = builtin): Promise<unknown> {
  await recheckStoredUpdate(builtinBundle, VERSION);
  const { storedUpdate } = await readPageStorage(fakeBrowser as unknown as BrowserApi);
  const builtinSource = {
    info: bundleInfo(builtinBundle),
    filter: null,
    bundle: () => builtinBundle,
  };
  const source = pageSource(builtinSource, storedUpdate, VERSION);
  const bundle = source.bundle();
  expect(source.info).toEqual(bundleInfo(bundle));
  expect(await loadTrustedBundle(builtinBundle, VERSION)).toEqual(bundle);
  return bundle;
}

describe('the bundle in use', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the built-in bundle when no update was accepted', async () => {
    expect(await pageBundle()).toBe(builtin);
  });

  it('is the accepted update when it is newer', async () => {
    await saveStoredUpdate(stored(testBundle({ version: 3 })));
    expect(await pageBundle()).toMatchObject({ id: 'test-bundle', version: 3 });
  });

  it('is the built-in bundle again once the extension ships a newer one', async () => {
    await saveStoredUpdate(stored(testBundle({ version: 3 })));
    const newer = { ...builtin, version: 3 };
    expect(await pageBundle(newer)).toBe(newer);
  });

  it.each([
    ['unreadable text', stored(testBundle({ version: 3 }), { text: '{"trunc' })],
    ['a schema error', stored(testBundle({ version: 3, leaks: 'x' }))],
    ['an unknown hash', stored(testBundle({ version: 3, engine: { shingle: 5, hash: 'md5' } }))],
    ['metadata that lies', stored(testBundle({ version: 1 }), { version: 9 })],
  ])('falls back to the built-in bundle on %s, and never marks it checked', async (_, update) => {
    await saveStoredUpdate(update);
    expect(await pageBundle()).toBe(builtin);
    expect((await loadStoredUpdate())?.checkedBy).toBeUndefined();
  });

  it('falls back to the built-in bundle when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ activeBundle: 'garbage' });
    expect(await pageBundle()).toBe(builtin);
  });

  it('uses an update only once this extension version checked it', async () => {
    await saveStoredUpdate(stored(testBundle({ version: 3 }), { checkedBy: '1.0.0' }));
    // A page that loads before the updated extension's background has run keeps the built-in.
    expect(await loadTrustedBundle(builtin, VERSION)).toBe(builtin);
    await recheckStoredUpdate(builtin, VERSION);
    expect(await loadStoredUpdate()).toMatchObject({
      checkedBy: VERSION,
      filter: pageFilterOf(testBundle({ version: 3 }) as unknown as Bundle),
    });
    expect(await loadTrustedBundle(builtin, VERSION)).toMatchObject({ version: 3 });
  });

  it("gives the lookout the update's info and filter without parsing it, once checked", async () => {
    const bundle = testBundle({ version: 3 });
    const filter = pageFilterOf(bundle as unknown as Bundle);
    const record = stored(bundle, { checkedBy: VERSION, filter });
    expect(lookoutUpdate(record, builtin.version, VERSION)).toEqual({
      info: { id: record.id, version: 3, created: record.created },
      filter,
    });
    // From an older version's check there is no filter: the scanner then takes every page.
    const { filter: _, ...older } = record;
    expect(lookoutUpdate(older, builtin.version, VERSION)?.filter).toBeNull();
    expect(lookoutUpdate({ ...record, checkedBy: '1.0.0' }, builtin.version, VERSION)).toBeNull();
    expect(
      lookoutUpdate({ ...record, filter: { always: 'no' } }, builtin.version, VERSION)?.filter,
    ).toBeNull();
  });

  it('does not use a checked record whose text was changed after the check', async () => {
    const update = stored(testBundle({ version: 3 }), { checkedBy: VERSION });
    await saveStoredUpdate({ ...update, text: JSON.stringify(testBundle({ version: 4 })) });
    expect(await loadTrustedBundle(builtin, VERSION)).toBe(builtin);
  });
});
