// The lookout (extension/page/lookout.ts), on every http(s) frame once it is idle: a cheap look
// through the bundle's page filter. Where something might match, the background loads the scanner
// (entrypoints/scanner) into the frame. Kept small: every page compiles this script. It reads
// storage only where the background's flag scripts say something stored concerns the page
// (extension/lookout-flags.ts): a paused site, an active bundle update.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtinFilter, builtinInfo } from 'virtual:leaklens-bundle';
import { lookoutUpdate } from '../../extension/trusted-bundle';
import { sendToBackground } from '../../extension/messages';
import { startLookout } from '../../extension/page/lookout';
import { readPageStorage, readSettings } from '../../extension/page/page-storage';
import { extensionApi } from '../../extension/page/extension-api';
import { hasFlag } from '../../extension/page/frame-world';
import { toSettings } from '../../extension/settings';
// The highlight styles go with the manifest's content script: inserted before the page is built,
// they cost no style recalculation. Inserted later, with the scanner, a 10,000-deep page froze for
// 1.9 s in Chromium (tests/e2e/hostile.e2e.ts).
import './marks.css';

async function run(): Promise<void> {
  const stored =
    hasFlag('paused') || hasFlag('update')
      ? await readPageStorage(extensionApi())
      : { settings: toSettings(undefined), storedUpdate: undefined };
  // An update comes with the filter its check compiled (none from an older version: the scanner
  // then takes the page).
  const update =
    stored.storedUpdate === undefined
      ? null
      : lookoutUpdate(
          stored.storedUpdate,
          builtinInfo.version,
          extensionApi().runtime.getManifest().version,
        );
  await startLookout({
    win: window,
    filter: update ? update.filter : builtinFilter,
    info: update ? update.info : builtinInfo,
    settings: stored.settings,
    readSettings: () => readSettings(extensionApi()),
    handOff: () => sendToBackground(extensionApi(), 'loadScanner', {}),
  });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Fails closed and quietly: a problem here must never surface on the page.
    run().catch(() => {});
  },
});
