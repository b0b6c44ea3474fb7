// The lookout's test of a frame (or of a changed block), with native calls only: the rendered text
// (`innerText`) through the bundle's page filter, one selector for links to known copies, and a
// check for open shadow roots, whose text rendered text leaves out. A walk of the page from script
// costs several times more, because every node it touches gets a wrapper in the extension's world
// (docs/in-page.md, "The lookout").
import { prefilterOf, type PageFilter } from '../../engine/prefilter';

/** Above this much text, folding it would be one long task: the scanner, which slices, decides. */
const MAX_TEXT = 200_000;

/**
 * Whether a link may lead to a known copy: a host in an href, or in the base address relative
 * links resolve against (the filter's own rule: the host anywhere in the address).
 */
function mayLinkToCopy(root: Element, hosts: readonly string[]): boolean {
  if (hosts.length === 0) return false;
  // Always a string in browsers; null in DOMs without an address (linkedom).
  const base = (root.ownerDocument.baseURI ?? '').toLowerCase();
  if (hosts.some((h) => base.includes(h))) return true;
  const selector = hosts.map((h) => `a[href*="${h.replace(/["\\]/g, '\\$&')}" i]`).join(',');
  return root.querySelector(selector) !== null;
}

/** Whether an open shadow root is under `root`: rendered text leaves shadow trees out. */
function hasShadowRoot(root: Element): boolean {
  if (root.shadowRoot) return true;
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) return true;
  return false;
}

/** The element's rendered text; its text content where the browser has no rendered text. */
function renderedText(root: Element): string {
  const rendered = (root as Partial<HTMLElement>).innerText;
  return typeof rendered === 'string' ? rendered : (root.textContent ?? '');
}

/** False when `root` holds nothing the filter lets through; never throws (true on doubt). */
export function gatePasses(root: Element, filter: PageFilter): boolean {
  if (filter.always) return true;
  try {
    if (mayLinkToCopy(root, filter.hosts) || hasShadowRoot(root)) return true;
    const text = renderedText(root);
    return (
      text.length > MAX_TEXT || prefilterOf(filter).mightMatch({ text, segments: [], links: [] })
    );
  } catch {
    return true;
  }
}
