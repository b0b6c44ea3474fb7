// What the popup can ask of its entry point: every browser effect goes out through these
// callbacks, so the components stay free of browser calls.
import type { PassageRef } from '../extension/popup-view';

export interface PopupActions {
  /** Scrolls the page to the passage and flashes it; resolves false if it is no longer there. */
  onShowPassage(passage: PassageRef): Promise<boolean>;
  onPause(site: string): void;
  onResume(site: string): void;
  onSetMarksHidden(site: string, hidden: boolean): void;
  /** Puts text on the clipboard; resolves false when that failed. */
  onCopy(text: string): Promise<boolean>;
  onOpenOptions(): void;
}
