// Marks passages without touching the page's DOM: one CSS Custom Highlight per verdict kind,
// styled by the content script's stylesheet. Where the API is missing (no browser the manifest
// admits), only the markers show the passages: see docs/in-page.md on why there is no <mark>.
import type { Verdict } from '../../engine/types';

/** A verdict's marks, or the brief flash of a passage the popup asked to show. */
export type HighlightKind = Verdict | 'flash';

export const highlightName = (kind: HighlightKind): string => `leaklens-${kind}`;

export interface Highlighter {
  set(kind: HighlightKind, ranges: readonly Range[]): void;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** The page's highlight registry, or null where the Highlight API is missing. */
function registry(win: Window): { reg: HighlightRegistry; Ctor: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Ctor ? { reg: css.highlights, Ctor } : null;
}

export function createHighlighter(win: Window): Highlighter {
  const api = registry(win);
  const names = new Set<string>();
  return {
    set(kind, ranges) {
      if (!api) return;
      const name = highlightName(kind);
      if (ranges.length === 0) {
        api.reg.delete(name);
        names.delete(name);
        return;
      }
      api.reg.set(name, new api.Ctor(...ranges));
      names.add(name);
    },
    clear() {
      for (const name of names) api?.reg.delete(name);
      names.clear();
    },
  };
}
