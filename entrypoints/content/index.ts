// Content script: scans every http(s) frame once it is idle; all logic is in extension/page/.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import bundle from 'virtual:leaklens-bundle';
import { startScanner } from '../../extension/page/scanner';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Fails closed and quietly: a problem here must never surface on the page.
    startScanner({
      browser,
      win: window,
      bundle,
      onInvalidated: (cb) => ctx.onInvalidated(cb),
    }).catch(() => {});
  },
});
