// The lookout's test of a frame (or of a changed block), with native calls only: the rendered text
// (`innerText`) through the bundle's page filter, one selector for links to known copies, and a
// check for open shadow roots on the likely hosts, whose text rendered text leaves out. A walk of
// the page from script costs several times more, because every node it touches gets a wrapper in
// the extension's world (docs/in-page.md, "The lookout").
import { prefilterOf, type PageFilter } from '../../engine/prefilter';

/** Above this much text, folding it would be one long task: the scanner, which slices, decides. */
const MAX_TEXT = 200_000;

/** `"` and `\` escaped for a quoted CSS string, without a regex to compile in a fresh world. */
const cssString = (s: string): string => `"${s.split('\\').join('\\\\').split('"').join('\\"')}"`;

/**
 * Whether a link may lead to a known copy: a host in an href, or in the base address relative
 * links resolve against (the filter's own rule: the host anywhere in the address).
 */
function mayLinkToCopy(root: Element, hosts: readonly string[]): boolean {
  if (hosts.length === 0) return false;
  // Always a string in browsers; null in DOMs without an address (linkedom).
  const base = (root.ownerDocument.baseURI ?? '').toLowerCase();
  if (hosts.some((h) => base.includes(h))) return true;
  const selector = hosts.map((h) => `a[href*=${cssString(h)} i]`).join(',');
  return root.querySelector(selector) !== null;
}

/** Custom elements, `root` included: the hosts pages attach shadow roots to. */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";
/** XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, without touching the XPathResult interface. */
const SNAPSHOT = 6;
/**
 * Empty elements of the kinds that can take a shadow root (DOM's attachShadow list): the hosts
 * that scripts make for a shadow tree (`<div id="app"></div>`).
 */
const EMPTY_HOSTS =
  ':is(article,aside,blockquote,body,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span):empty';

/**
 * Whether an open shadow root is under `root`: rendered text leaves shadow trees out. Asking every
 * element costs a wrapper per element and the first use of every element interface in this
 * world (about 2 ms on a median page); the browser picks the likely hosts natively instead:
 * custom elements (XPath) and empty elements of the kinds that can host one (a selector).
 */
function hasShadowRoot(root: Element): boolean {
  if (root.shadowRoot) return true;
  const doc = root.ownerDocument;
  // DOMs without XPath (linkedom, in unit tests) have every element asked.
  if (typeof doc.evaluate !== 'function') return anyHost(root.querySelectorAll('*'));
  const custom = doc.evaluate(CUSTOM_ELEMENTS, root, null, SNAPSHOT, null);
  for (let i = 0; i < custom.snapshotLength; i++) {
    if ((custom.snapshotItem(i) as Element).shadowRoot) return true;
  }
  return anyHost(root.querySelectorAll(EMPTY_HOSTS));
}

function anyHost(elements: NodeListOf<Element>): boolean {
  for (let i = 0; i < elements.length; i++) if (elements[i]!.shadowRoot) return true;
  return false;
}

/** The element's rendered text; its text content where the browser has no rendered text. */
function renderedText(root: Element): string {
  const rendered = (root as Partial<HTMLElement>).innerText;
  return typeof rendered === 'string' ? rendered : (root.textContent ?? '');
}

/** A test that never throws: true on doubt (a hostile page must not hide from the gate). */
function failingOpen(test: () => boolean): () => boolean {
  return () => {
    try {
      return test();
    } catch {
      return true;
    }
  };
}

/**
 * The gate's tests of `root`, each true when the frame may hold something to match: links to known
 * copies, shadow trees (whose text rendered text leaves out), then the text itself, read in one
 * step (the browser may lay the page out first) and tested in the next. Apart, so that the
 * lookout can yield the page's thread between them on a large page. Never throw.
 */
export function gateTests(root: Element, filter: PageFilter): (() => boolean)[] {
  if (filter.always) return [() => true];
  let text = '';
  return [
    () => mayLinkToCopy(root, filter.hosts),
    () => hasShadowRoot(root),
    () => (text = renderedText(root)).length > MAX_TEXT,
    () => prefilterOf(filter).mightMatch({ text, segments: [], links: [] }),
  ].map(failingOpen);
}

/** False when `root` holds nothing the filter lets through; never throws (true on doubt). */
export function gatePasses(root: Element, filter: PageFilter): boolean {
  return gateTests(root, filter).some((test) => test());
}
