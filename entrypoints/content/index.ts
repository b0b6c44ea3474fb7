// Content script: scans every http(s) frame once it is idle; logic lives in extension/page/,
// the in-page markers and cards in ./mark-ui.tsx.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtinBundle, builtinFilter, builtinInfo } from 'virtual:leaklens-bundle';
import { pageBundle } from '../../extension/trusted-bundle';
import { sendToBackground } from '../../extension/messages';
import { startScanner } from '../../extension/page/scanner';
import { readPageStorage } from '../../extension/page/page-storage';
import { siteOf } from '../../extension/settings';
import { createMarkUi } from './mark-ui';
import './style.css';

async function run(ctx: ContentScriptContext): Promise<void> {
  const builtin = { info: builtinInfo, filter: builtinFilter, bundle: builtinBundle };
  const { settings, storedUpdate } = await readPageStorage(browser);
  const source = pageBundle(builtin, storedUpdate, browser.runtime.getManifest().version);
  const site = siteOf(window.location.href);
  const ui = createMarkUi(ctx, window, source.bundle, {
    onDetails: (leak) => void sendToBackground(browser, 'openDetails', { leak }).catch(() => {}),
    onHideSite: () => site && void sendToBackground(browser, 'hideSite', { site }).catch(() => {}),
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

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Fails closed and quietly: a problem here must never surface on the page.
    run(ctx).catch(() => {});
  },
});
