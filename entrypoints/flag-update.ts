// A flag script (extension/lookout-flags.ts): registered by the background on every page while a
// bundle update is active, it tells the lookout to read the update's page filter.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { raiseFlag } from '../extension/page/frame-world';

export default defineUnlistedScript(() => raiseFlag('update'));
