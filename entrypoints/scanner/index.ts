// The scanner: extraction, matching and highlights for one frame (extension/page/scanner.ts). Not in
// the manifest: the background loads it into a frame when the lookout (entrypoints/content) finds
// something the bundle might match there, and loads the markers and cards (entrypoints/marks-ui)
// when the scanner first has marks to show.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { builtinBundle, builtinFilter, builtinInfo } from 'virtual:leaklens-bundle';
import { pageBundle } from '../../extension/trusted-bundle';
import { sendToBackground } from '../../extension/messages';
import { startScanner } from '../../extension/page/scanner';
import { readPageStorage } from '../../extension/page/page-storage';
import { claimScanner, marksUiFactory } from '../../extension/page/frame-world';
import { deferredMarksUi } from '../../extension/page/deferred-marks-ui';
import { ContentScriptContext } from '../../extension/page/quiet-context';
import { siteOf } from '../../extension/settings';

async function run(ctx: ContentScriptContext): Promise<void> {
  const builtin = { info: builtinInfo, filter: builtinFilter, bundle: builtinBundle };
  const { settings, storedUpdate } = await readPageStorage(browser);
  const source = pageBundle(builtin, storedUpdate, browser.runtime.getManifest().version);
  const site = siteOf(window.location.href);
  const actions = {
    onDetails: (leak: string) =>
      void sendToBackground(browser, 'openDetails', { leak }).catch(() => {}),
    onHideSite: () => site && void sendToBackground(browser, 'hideSite', { site }).catch(() => {}),
  };
  const ui = deferredMarksUi(async () => {
    // The background has run the script in this frame by the time it replies.
    await sendToBackground(browser, 'loadMarksUi', {});
    return marksUiFactory()?.(ctx, window, source.bundle, actions) ?? null;
  });
  await startScanner({
    browser,
    win: window,
    source,
    settings,
    ui,
    onInvalidated: (cb) => ctx.onInvalidated(cb),
  });
}

export default defineUnlistedScript(() => {
  if (!claimScanner()) return;
  // Fails closed and quietly: a problem here must never surface on the page.
  run(new ContentScriptContext('scanner')).catch(() => {});
});
