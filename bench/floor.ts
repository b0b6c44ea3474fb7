// The floor: what the least content script that reads a page costs it on this machine, measured
// side by side with ours (bench/inpage.ts) so the absolute goal can be read against the machine.
// It is our own build with content.js swapped for a script that waits for idle, reads the frame's
// rendered text once and watches for changes: what any extension that notices page text must do.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SCRIPT_PATH } from './cdp-trace';

/** Reads the text once the page is idle and watches the document; keeps only the length. */
export const FLOOR_SCRIPT = `(function () {
  const win = window;
  win.requestIdleCallback(() => {
    const doc = win.document;
    const text = (doc.body ?? doc.documentElement).innerText;
    globalThis[Symbol.for('leaklens.floor')] = text.length;
    new MutationObserver(() => {}).observe(doc, { childList: true, subtree: true, characterData: true });
  }, { timeout: 2000 });
})();
`;

/**
 * A copy of `extensionDir` (an unpacked Chromium build) whose content script is `script`, in a
 * fresh temporary folder laid out as a wxt output folder (`<root>/chrome-mv3`); returns the root.
 */
export function withContentScript(extensionDir: string, script: string): string {
  const root = mkdtempSync(join(tmpdir(), 'leaklens-variant-'));
  const dir = join(root, 'chrome-mv3');
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, CONTENT_SCRIPT_PATH), script);
  return root;
}

/** A copy of `extensionDir` with the floor's content script (see withContentScript). */
export const floorBuild = (extensionDir: string): string =>
  withContentScript(extensionDir, FLOOR_SCRIPT);
