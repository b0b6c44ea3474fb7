// Which elements the reader cannot see, so that their text is not scanned: the browser's own
// checkVisibility(), corrected for `display: contents` wrappers, which have no box of their own.

interface Checkable {
  checkVisibility?: (options: object) => boolean;
}

/**
 * True for an element that is not rendered. checkVisibility() answers false for a
 * `display: contents` element (it has no box) although its children render normally; treating it
 * as hidden would drop all of their text, so such a wrapper is never hidden itself (its children
 * get their own check). Where checkVisibility is missing, nothing is hidden.
 */
export function isHidden(el: Element): boolean {
  return !isRendered(el) && displayOf(el) !== 'contents';
}

function displayOf(el: Element): string {
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el).display : '';
}

/** True when the element and all its ancestors are rendered (where checkVisibility is missing, all are). */
function isRendered(el: Element): boolean {
  const check = (el as Element & Checkable).checkVisibility;
  return typeof check !== 'function' || check.call(el, { contentVisibilityAuto: false });
}
