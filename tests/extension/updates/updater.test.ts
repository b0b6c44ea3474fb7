// The background's update handlers: status, "Check now" (one check at a time), and the alarm.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, type Sender } from '../../../extension/messages';
import {
  CHECK_PERIOD_MINUTES,
  ensureUpdateAlarm,
  UPDATE_ALARM,
} from '../../../extension/updates/schedule';
import { saveUpdateUrl } from '../../../extension/updates/store';
import { createUpdater, type UpdaterDeps } from '../../../extension/updates/updater';
import { fakeServer, newKeyPair, sign, testBundle, utf8, type KeyPair } from './helpers';

const URL_ = 'https://rules.example/bundle.json';
const builtin = { id: 'leaklens-builtin', version: 2, created: '2031-01-01' };
const sender = {} as Sender;

let key: KeyPair;
beforeAll(async () => {
  key = await newKeyPair();
});
beforeEach(() => fakeBrowser.reset());

async function setup(): Promise<{ deps: UpdaterDeps; requests: () => number }> {
  const server = fakeServer();
  const text = JSON.stringify(testBundle({ version: 3 }));
  server.files.set(URL_, { body: text });
  server.files.set(`${URL_}.sig`, { body: await sign(key, utf8(text)) });
  const deps: UpdaterDeps = {
    fetch: server.fetch,
    publicKey: key.publicBase64,
    builtin,
    rules: { allowHttpLoopback: false },
    extensionVersion: '1.2.3',
    now: () => new Date('2031-05-01T10:00:00Z'),
  };
  return { deps, requests: () => server.requests.length };
}

describe('createUpdater', () => {
  it('reports the built-in bundle, updates off, before anything happened', async () => {
    const { deps } = await setup();
    const status = await createUpdater(deps).handlers.getUpdateStatus({}, sender);
    expect(status).toEqual({
      active: {
        ...builtin,
        source: 'builtin',
        signature: 'builtin',
        url: null,
        acceptedAt: null,
      },
      updateUrl: null,
      lastCheck: null,
      lastRefusal: null,
    });
  });

  it('answers "checkNow" through the message dispatcher with the new status', async () => {
    const { deps } = await setup();
    await saveUpdateUrl(URL_);
    const reply = await dispatch(
      createUpdater(deps).handlers,
      { leaklens: 'checkNow', data: {} },
      sender,
    );
    expect(reply).toMatchObject({
      active: { id: 'test-bundle', version: 3, source: 'update', signature: 'verified', url: URL_ },
      updateUrl: URL_,
      lastCheck: { result: 'updated', version: 3 },
      lastRefusal: null,
    });
  });

  it('runs one check for a click that comes during the alarm check', async () => {
    const { deps, requests } = await setup();
    await saveUpdateUrl(URL_);
    const updater = createUpdater(deps);
    await Promise.all([updater.onAlarm({ name: UPDATE_ALARM }), updater.checkNow()]);
    expect(requests()).toBe(2);
  });

  it('ignores other alarms', async () => {
    const { deps, requests } = await setup();
    await saveUpdateUrl(URL_);
    await createUpdater(deps).onAlarm({ name: 'something-else' });
    expect(requests()).toBe(0);
  });
});

describe('ensureUpdateAlarm', () => {
  it('creates the 6-hourly alarm once and keeps an existing schedule', async () => {
    await ensureUpdateAlarm(fakeBrowser.alarms);
    const first = await fakeBrowser.alarms.get(UPDATE_ALARM);
    expect(first).toMatchObject({ name: UPDATE_ALARM, periodInMinutes: CHECK_PERIOD_MINUTES });
    await ensureUpdateAlarm(fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(UPDATE_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});
