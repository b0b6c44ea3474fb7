// The extension's API for the lookout, looked up when first needed. WXT's `browser` export does the
// same lookup when the script loads, and asking for the runtime's id there makes the browser set up
// its runtime API in the frame: time every page paid, though most pages never use the API.
import type { BrowserApi } from '../messages';

interface ExtensionGlobals {
  browser?: { runtime?: { id?: string } };
  chrome?: unknown;
}

/** Firefox's `browser`, else Chrome's `chrome` (which Chrome may also expose as `browser`). */
export function extensionApi(): BrowserApi {
  const g = globalThis as ExtensionGlobals;
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as BrowserApi;
}
