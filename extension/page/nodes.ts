// Small DOM helpers shared by the lookout and the scanner.

/** Whether an ancestor of `node` is in `set` (the node itself does not count). */
export function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let n = node.parentNode; n !== null; n = n.parentNode) if (set.has(n)) return true;
  return false;
}

/** Where a frame's text is read from: the body, or the root element of a page without one. */
export const pageRoot = (doc: Document): HTMLElement => doc.body ?? doc.documentElement;

/** Resolves once the page is idle (at most 2 s later), or soon where idle callbacks are missing. */
export const idle = (win: Window): Promise<void> =>
  new Promise((resolve) =>
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback(() => resolve(), { timeout: 2000 })
      : win.setTimeout(resolve, 50),
  );
