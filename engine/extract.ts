// Extracts the visible text of a DOM (sub)tree into a PageText: the text, segments mapping each
// run back to its Text node, and the links. Iterative and defensive: any standards DOM, any depth.
import type { PageLink, PageText, Segment } from './types';

export interface ExtractOptions {
  /** True for an element that is not rendered (e.g. `el => !el.checkVisibility()` in a browser). */
  isHidden?: (el: Element) => boolean;
  /** Base for resolving relative hrefs when the DOM has no usable `baseURI` (linkedom). */
  baseUrl?: string;
}

/** Elements whose content is never page text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'input',
  'button',
  'option',
  'datalist',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that start a new block: their boundaries are word breaks ('\n'). */
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li ' +
    'main menu nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** A pending step of the walk: enter a node, or leave an element (to close a block or link). */
type Step = { node: Node; leave: false } | { node: Element; leave: true; link: number };

/** Accumulates text, segments and links while walking. */
class TextSink {
  readonly parts: string[] = [];
  readonly segments: Segment[] = [];
  readonly links: PageLink[] = [];
  length = 0;
  private breakPending = false;
  private endsWithBreak = true;

  text(node: Text, data: string): void {
    if (data.length === 0) return;
    this.flushBreak();
    this.segments.push({ start: this.length, length: data.length, node, nodeOffset: 0 });
    this.parts.push(data);
    this.length += data.length;
    this.endsWithBreak = false;
  }
  /** Requests a word break before the next text (never leading, never doubled). */
  blockBreak(): void {
    this.breakPending = true;
  }
  private flushBreak(): void {
    if (this.breakPending && !this.endsWithBreak && this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
      this.endsWithBreak = true;
    }
    this.breakPending = false;
  }
}

/**
 * Extracts the text under `root` (a Document, Element, DocumentFragment, ShadowRoot or Text).
 * A subtree extracts like a page of its own: offsets start at 0. Never throws: a node whose
 * properties throw is skipped.
 */
export function extractPageText(root: Node, options: ExtractOptions = {}): PageText {
  if (options.baseUrl === undefined) options = { ...options, baseUrl: documentBase(root) };
  const sink = new TextSink();
  const stack: Step[] = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    try {
      if (step.leave) leave(step.node, step.link, sink);
      else enter(step.node, root, stack, sink, options);
    } catch {
      // A hostile or broken node: skip it, keep the rest of the page.
    }
  }
  return { text: sink.parts.join(''), segments: sink.segments, links: sink.links };
}

function enter(node: Node, root: Node, stack: Step[], sink: TextSink, options: ExtractOptions) {
  const type = node.nodeType;
  if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
    sink.text(node as Text, (node as Text).data);
    return;
  }
  if (type === DOCUMENT_NODE) {
    // Only the root element holds text (linkedom also breaks the sibling chain after a doctype).
    const rootElement = (node as Document).documentElement;
    if (rootElement) stack.push({ node: rootElement, leave: false });
    return;
  }
  if (type === DOCUMENT_FRAGMENT_NODE) {
    pushChildren(node, stack);
    return;
  }
  if (type !== ELEMENT_NODE) return;
  const el = node as Element;
  // The root too: a chunk of the page may be a lone <script> or our own UI host.
  if (isSkipped(el, options)) return;
  const name = el.localName.toLowerCase();
  if (name === 'br') {
    sink.blockBreak();
    return;
  }
  const block = BLOCKS.has(name);
  if (block) sink.blockBreak();
  const link = name === 'a' ? startLink(el, sink, options) : -1;
  if (block || link >= 0) stack.push({ node: el, leave: true, link });
  // Light children come after the shadow tree's: without layout, slots are not resolved.
  pushChildren(el, stack);
  const shadow = el.shadowRoot;
  if (shadow) pushChildren(shadow, stack);
}

function leave(el: Element, link: number, sink: TextSink): void {
  if (link >= 0) sink.links[link]!.end = sink.length;
  if (BLOCKS.has(el.localName.toLowerCase())) sink.blockBreak();
}

/**
 * Pushes children in reverse so that they pop in document order. Walks forward with nextSibling:
 * in linkedom both previousSibling and childNodes cost O(subtree), nextSibling O(1).
 */
function pushChildren(parent: Node, stack: Step[]): void {
  const from = stack.length;
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    stack.push({ node: child, leave: false });
  }
  for (let i = from, j = stack.length - 1; i < j; i++, j--) {
    const tmp = stack[i]!;
    stack[i] = stack[j]!;
    stack[j] = tmp;
  }
}

/**
 * Whether extraction skips `el` and everything under it (never page text, hidden, our own UI).
 * Never throws: an element whose properties throw counts as skipped, as it is during extraction.
 */
export function isSkippedElement(el: Element, options: ExtractOptions = {}): boolean {
  try {
    return isSkipped(el, options);
  } catch {
    return true;
  }
}

function isSkipped(el: Element, options: ExtractOptions): boolean {
  if (SKIPPED.has(el.localName.toLowerCase())) return true;
  if (el.hasAttribute('data-leaklens-ui') || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return options.isHidden !== undefined && options.isHidden(el);
}

/** Records a link with a resolvable http(s) href; returns its index, or -1. */
function startLink(el: Element, sink: TextSink, options: ExtractOptions): number {
  const href = resolveHref(el, options);
  if (href === null) return -1;
  sink.links.push({ href, start: sink.length, end: sink.length });
  return sink.links.length - 1;
}

function resolveHref(el: Element, options: ExtractOptions): string | null {
  // A browser resolves an anchor's href natively, far cheaper than a URL object per link (pages
  // hold hundreds); linkedom leaves it unresolved, and then the base URL below does it.
  const native = (el as Partial<HTMLAnchorElement>).href;
  if (typeof native === 'string' && /^https?:\/\//i.test(native)) return native;
  const raw = el.getAttribute('href');
  if (raw === null || raw.trim() === '') return null;
  const base = options.baseUrl;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The document's base URL, read once per extraction (baseURI is O(document) in linkedom). */
function documentBase(root: Node): string | undefined {
  try {
    const base = (root.ownerDocument ?? (root as Document)).baseURI;
    return typeof base === 'string' && /^https?:/i.test(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** A PageText for a plain-text input: one segment, no node, no links. */
export function plainTextPage(text: string): PageText {
  return {
    text,
    segments: text.length > 0 ? [{ start: 0, length: text.length, nodeOffset: 0 }] : [],
    links: [],
  };
}
