// The marks' UI as the scanner holds it. Its code (Preact, the cards, WXT's shadow-root UI: about a
// third of the scanner's) is loaded into the frame only when the frame first has marks to show,
// which most frames the scanner is loaded into never have: a smaller scanner compiles in less time.
import type { Bundle } from '../../engine/bundle';
import type { ContentScriptContext } from './quiet-context';
import type { Mark, MarksUi } from './scanner';

export interface MarkUiActions {
  onDetails(leak: string): void;
  onHideSite(): void;
}

/** What the marks' UI script (entrypoints/marks-ui) leaves in the frame's world for the scanner. */
export type MarksUiFactory = (
  ctx: ContentScriptContext,
  win: Window,
  /** Parsed on first use: only pages with marks need the bundle's titles. */
  bundle: () => Bundle,
  actions: MarkUiActions,
) => MarksUi;

/**
 * A MarksUi that loads the real one on the first marks to show, then passes everything on. Marks
 * that change while it loads are shown once it is there; if it cannot be loaded (the extension was
 * updated or removed meanwhile), the highlights stay and the markers are missing, quietly.
 */
export function deferredMarksUi(load: () => Promise<MarksUi | null>): MarksUi {
  let ui: MarksUi | null = null;
  let loading: Promise<void> | null = null;
  let latest: readonly Mark[] = [];
  return {
    show(marks) {
      latest = marks;
      if (ui) return ui.show(marks);
      if (marks.length === 0) return;
      loading ??= load().then(
        (loaded) => {
          ui = loaded;
          if (ui && latest.length > 0) ui.show(latest);
        },
        () => {},
      );
    },
    clear() {
      latest = [];
      ui?.clear();
    },
    contains: (node) => ui?.contains(node) ?? false,
  };
}
