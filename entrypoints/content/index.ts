// The lookout (extension/page/lookout.ts), on every http(s) frame once it is idle: a cheap look
// through the bundle's page filter. Where something might match, the background loads the scanner
// (entrypoints/scanner) into the frame. Kept small: every page compiles this script.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtinFilter, builtinInfo } from 'virtual:leaklens-bundle';
import { lookoutUpdate } from '../../extension/trusted-bundle';
import { sendToBackground } from '../../extension/messages';
import { startLookout } from '../../extension/page/lookout';
import { readPageStorage } from '../../extension/page/page-storage';
// The highlight styles go with the manifest's content script: inserted before the page is built,
// they cost no style recalculation. Inserted later, with the scanner, a 10,000-deep page froze for
// 1.9 s in Chromium (tests/e2e/hostile.e2e.ts).
import './marks.css';

async function run(ctx: ContentScriptContext): Promise<void> {
  const { settings, storedUpdate } = await readPageStorage(browser);
  const version = browser.runtime.getManifest().version;
  // An update comes with the filter its check compiled (none from an older version: the scanner
  // then takes the page).
  const update = lookoutUpdate(storedUpdate, builtinInfo.version, version);
  await startLookout({
    browser,
    win: window,
    filter: update ? update.filter : builtinFilter,
    info: update ? update.info : builtinInfo,
    settings,
    handOff: () => sendToBackground(browser, 'loadScanner', {}),
    onInvalidated: (cb) => ctx.onInvalidated(cb),
  });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Fails closed and quietly: a problem here must never surface on the page.
    run(ctx).catch(() => {});
  },
});
