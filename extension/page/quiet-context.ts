// The content script's context (WXT's ContentScriptContext) without its announcements to the page.
// WXT's context tells the page that it started (a `<extension id>:content:wxt:content-script-started`
// event on the document and a window message with the same name, both visible to the page's own
// scripts) and stands down when it hears that announcement from a "newer copy". A page could so
// learn that LeakLens is installed, and replay the announcement to make it stand down
// (tests/e2e/hostile.e2e.ts, the impostor page). The announcements exist for development reloads;
// this extension never injects a second copy into a page, and a copy orphaned by an update or an
// uninstall cannot reach the extension anymore, which the scanner already tolerates.
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

export class ContentScriptContext extends WxtContext {
  override stopOldScripts(): void {}

  override listenForNewerScripts(): void {}
}
