// A flag script (extension/lookout-flags.ts): registered by the background on the paused sites'
// pages, it tells the lookout to read the settings.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { raiseFlag } from '../extension/page/frame-world';

export default defineUnlistedScript(() => raiseFlag('paused'));
