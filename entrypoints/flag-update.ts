// A flag script (extension/lookout-flags.ts): registered by the background on every page while a
// bundle update is active, it reads the update's page filter for the lookout before it starts.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { builtinInfo } from 'virtual:leaklens-bundle';
import { startReadingStored } from '../extension/page/lookout-stored';

export default defineUnlistedScript(() => startReadingStored(builtinInfo.version));
