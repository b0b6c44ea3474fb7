// isHidden: the browser's checkVisibility(), except for `display: contents` wrappers (no box of
// their own, yet their children render), whose text was dropped before.
import { describe, expect, it } from 'vitest';
import { isHidden } from '../../../extension/page/visibility';

/** A stand-in element: what checkVisibility says and what its computed display is. */
function element(visible: boolean | undefined, display: string): Element {
  const view = { getComputedStyle: () => ({ display }) };
  const el = { ownerDocument: { defaultView: view } } as unknown as Element;
  if (visible !== undefined) Object.assign(el, { checkVisibility: () => visible });
  return el;
}

describe('isHidden', () => {
  it('follows checkVisibility for ordinary elements', () => {
    expect(isHidden(element(true, 'block'))).toBe(false);
    expect(isHidden(element(false, 'none'))).toBe(true);
    expect(isHidden(element(false, 'block'))).toBe(true);
  });

  it('never hides a display: contents wrapper, which checkVisibility calls invisible', () => {
    expect(isHidden(element(false, 'contents'))).toBe(false);
  });

  it('hides nothing where checkVisibility is missing', () => {
    expect(isHidden(element(undefined, 'none'))).toBe(false);
  });
});
