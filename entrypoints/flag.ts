// The flag script (extension/lookout-flags.ts): registered by the background on the paused sites'
// pages, and on every page while a bundle update is active (one file under two registrations), it
// reads what the lookout needs from storage before the lookout starts.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { builtinInfo } from 'virtual:leaklens-bundle';
import { startReadingStored } from '../extension/page/lookout-stored';

export default defineUnlistedScript(() => startReadingStored(builtinInfo.version));
