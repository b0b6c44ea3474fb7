// The markers and cards (./mark-ui.tsx). Not in the manifest: the background loads this script
// into a frame when the scanner there first has marks to show; it leaves the scanner the function
// that makes the UI, in the frame's extension world.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideMarksUi } from '../../extension/page/frame-world';
import { createMarkUi } from './mark-ui';

export default defineUnlistedScript(() => provideMarksUi(createMarkUi));
