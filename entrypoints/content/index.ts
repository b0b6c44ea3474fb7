// The lookout (extension/page/lookout.ts), on every http(s) frame once it is idle: a cheap look
// through the bundle's page filter. Where something might match, the background loads the scanner
// (entrypoints/scanner) into the frame. Kept small: every page compiles this script. What is stored
// (a paused site, an active bundle update) the flag scripts read, only on the pages it concerns
// (extension/lookout-flags.ts, extension/page/lookout-stored.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtinFilter, builtinInfo } from 'virtual:leaklens-bundle';
import { sendToBackground } from '../../extension/messages';
import { startLookout } from '../../extension/page/lookout';
import { extensionApi } from '../../extension/page/extension-api';
// The highlight styles go with the manifest's content script: inserted before the page is built,
// they cost no style recalculation. Inserted later, with the scanner, a 10,000-deep page froze for
// 1.9 s in Chromium (tests/e2e/hostile.e2e.ts).
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Fails closed and quietly: a problem here must never surface on the page.
    startLookout({
      win: window,
      filter: builtinFilter,
      info: builtinInfo,
      handOff: () => sendToBackground(extensionApi(), 'loadScanner', {}),
    }).catch(() => {});
  },
});
