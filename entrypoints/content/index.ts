// Content script: scans every http(s) frame once it is idle; logic lives in extension/page/,
// the in-page markers and cards in ./mark-ui.tsx.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtinBundle, builtinFilter, builtinInfo } from 'virtual:leaklens-bundle';
import { loadPageBundle } from '../../extension/trusted-bundle';
import { sendToBackground } from '../../extension/messages';
import { startScanner } from '../../extension/page/scanner';
import { siteOf, toggleSite, updateSettings } from '../../extension/settings';
import { createMarkUi } from './mark-ui';
import './style.css';

async function run(ctx: ContentScriptContext): Promise<void> {
  const builtin = { info: builtinInfo, filter: builtinFilter, bundle: builtinBundle };
  const source = await loadPageBundle(builtin, browser.runtime.getManifest().version);
  const site = siteOf(window.location.href);
  const ui = createMarkUi(ctx, window, source.bundle, {
    onDetails: (leak) => void sendToBackground(browser, 'openDetails', { leak }).catch(() => {}),
    onHideSite: () =>
      site &&
      void updateSettings((s) => ({ ...s, hiddenSites: toggleSite(s.hiddenSites, site, true) })),
  });
  await startScanner({
    browser,
    win: window,
    source,
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
