// What is stored that concerns the lookout (a paused site, an active bundle update), read by the
// flag scripts (extension/lookout-flags.ts) at document_start, only on the pages it concerns. The
// lookout itself carries no storage, settings or update code: every page compiles the lookout.
import type { BrowserApi } from '../messages';
import { isPausedAt } from '../settings';
import { lookoutUpdate } from '../trusted-bundle';
import { extensionApi } from './extension-api';
import { provideStored, type StoredForLookout } from './frame-world';
import { readPageStorage } from './page-storage';

export async function readStoredForLookout(
  browser: BrowserApi,
  url: string,
  builtinVersion: number,
  extensionVersion: string,
): Promise<StoredForLookout> {
  const { settings, storedUpdate } = await readPageStorage(browser);
  return {
    paused: isPausedAt(settings, url),
    update:
      storedUpdate === undefined
        ? null
        : lookoutUpdate(storedUpdate, builtinVersion, extensionVersion),
  };
}

/** What both flag scripts do: start reading what is stored for this frame's lookout, once. */
export function startReadingStored(builtinVersion: number): void {
  provideStored(() => {
    const browser = extensionApi();
    const extensionVersion = browser.runtime.getManifest().version;
    return readStoredForLookout(browser, document.URL, builtinVersion, extensionVersion);
  });
}
