import { describe, expect, it } from 'vitest';
import {
  createFlagKeeper,
  flippedSites,
  syncFlagScripts,
  wantedFlagScripts,
  type FlagScript,
  type FlagScripting,
} from '../../extension/lookout-flags';

/** A stand-in for browser.scripting's registry that refuses what the browser refuses. */
function registry(refuse: (s: FlagScript) => boolean = () => false) {
  const scripts = new Map<string, FlagScript>();
  const calls: string[] = [];
  const scripting: FlagScripting = {
    getRegisteredContentScripts: async ({ ids }) =>
      [...scripts.values()].filter((s) => ids.includes(s.id)),
    registerContentScripts: async (list) => {
      calls.push(`register ${list.map((s) => s.id).join(',')}`);
      if (list.some((s) => scripts.has(s.id))) throw new Error('Duplicate script ID');
      if (list.some(refuse)) throw new Error('Invalid match pattern');
      for (const s of list) scripts.set(s.id, s);
    },
    unregisterContentScripts: async ({ ids }) => {
      calls.push(`unregister ${ids.join(',')}`);
      for (const id of ids) scripts.delete(id);
    },
  };
  return { scripting, scripts, calls };
}

describe('the lookout flag scripts', () => {
  it('flag the paused sites on any port and scheme, and every page while an update is active', () => {
    expect(wantedFlagScripts([], false)).toEqual([]);
    const [paused, update] = wantedFlagScripts(['news.test', '127.0.0.1'], true);
    expect(paused).toMatchObject({
      js: ['flag.js'],
      matches: ['*://news.test/*', '*://127.0.0.1/*'],
      allFrames: true,
      runAt: 'document_start',
    });
    expect(update).toMatchObject({
      js: ['flag.js'],
      matches: ['http://*/*', 'https://*/*'],
    });
  });

  it('registers what is missing, drops what is stale, and leaves the rest alone', async () => {
    const { scripting, scripts, calls } = registry();
    await syncFlagScripts(scripting, wantedFlagScripts(['a.test'], true));
    await syncFlagScripts(scripting, wantedFlagScripts(['a.test'], true));
    expect(calls).toEqual(['register leaklens-flag-paused,leaklens-flag-update']);
    await syncFlagScripts(scripting, wantedFlagScripts(['a.test', 'b.test'], false));
    expect(calls.slice(1)).toEqual([
      'unregister leaklens-flag-paused,leaklens-flag-update',
      'register leaklens-flag-paused',
    ]);
    expect([...scripts.values()].map((s) => s.matches)).toEqual([['*://a.test/*', '*://b.test/*']]);
  });

  it("replaces a registration that names another file (an older build's, kept across sessions)", async () => {
    const { scripting, scripts, calls } = registry();
    const [wanted] = wantedFlagScripts(['a.test'], false);
    scripts.set(wanted!.id, { ...wanted!, js: ['flag-paused.js'] });
    await syncFlagScripts(scripting, [wanted!]);
    expect(calls).toEqual(['unregister leaklens-flag-paused', 'register leaklens-flag-paused']);
    expect(scripts.get('leaklens-flag-paused')?.js).toEqual(['flag.js']);
  });

  it('puts the paused flag on every page when a site cannot be a match pattern', async () => {
    const { scripting, scripts } = registry((s) => s.matches?.includes('*://[::1]/*') ?? false);
    const keeper = createFlagKeeper({
      scripting,
      readState: async () => ({ pausedSites: ['[::1]'], updateActive: false }),
    });
    await keeper.sync();
    expect(scripts.get('leaklens-flag-paused')?.matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('follows the state as it is when each sync runs, the last one winning', async () => {
    const { scripting, scripts } = registry();
    let paused: string[] = ['a.test'];
    const keeper = createFlagKeeper({
      scripting,
      readState: async () => ({ pausedSites: paused, updateActive: false }),
    });
    const first = keeper.sync();
    paused = [];
    await Promise.all([first, keeper.sync()]);
    expect(scripts.size).toBe(0);
  });

  it('names the sites paused or resumed between two lists', () => {
    expect(flippedSites(['a.test', 'b.test'], ['b.test', 'c.test']).sort()).toEqual([
      'a.test',
      'c.test',
    ]);
    expect(flippedSites(['a.test'], ['a.test'])).toEqual([]);
  });
});
