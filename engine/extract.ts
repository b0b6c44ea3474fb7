// Extracts the visible text of a DOM (sub)tree into a PageText: the text, segments mapping each
// run back to its Text node, and the links. Iterative and defensive: any standards DOM, any depth.
import type { PageLink, PageText, Segment } from './types';

export interface ExtractOptions {
  /** True for an element that is not rendered (e.g. `el => !el.checkVisibility()` in a browser). */
  isHidden?: (el: Element) => boolean;
  /** Base for resolving relative hrefs when the DOM has no usable `baseURI` (linkedom). */
  baseUrl?: string;
  /** True for a node whose text is extracted elsewhere (another part holds it): left out whole. */
  skipNode?: (node: Node) => boolean;
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

/**
 * A pending step of the walk: enter a node, or leave an element entered in part number `part`
 * (to close its block or link, and to record it whole when all of it fell into that part).
 */
type Step =
  | { node: Node; leave: false }
  | { node: Element; leave: true; link: number; block: boolean; part: number; mark: number };

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
  /** The text so far; links still open end here (their rest falls into the next part). */
  finish(): PageText {
    for (const link of this.links) if (link.end < 0) link.end = this.length;
    return { text: this.parts.join(''), segments: this.segments, links: this.links };
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
 * How much text (and how many elements) a part holds before it is cut: at the first block's end
 * after that, or anywhere once it holds HARD_LIMIT times as much.
 */
export interface PartLimits {
  maxChars: number;
  /** Pages with many empty elements cost time without text. */
  maxElements: number;
}

/** A run of the walk: whole subtrees, in document order, and their text. */
export interface ExtractedPart {
  /** The largest subtrees that fell into this part whole (a cut leaves their ancestors out). */
  nodes: Node[];
  page: PageText;
}

const UNLIMITED: PartLimits = { maxChars: Infinity, maxElements: Infinity };

/**
 * A part past its limits waits for a block to end (up to this factor) before it is cut. A cut
 * leaves every element around it out of both parts, which then record that element's children
 * one by one: cut inside a row of 500 inline cells, a part recorded hundreds of nodes. Every
 * recorded node keeps its wrapper alive in the script's world, and on a page of 200,000
 * elements those survivors made the young-generation collector's pauses 15-30 ms, inside our
 * slices (Chromium's trace); cut where blocks end, the longest slice there went from 25-70 ms
 * to 14-19 ms.
 */
const HARD_LIMIT = 1.5;

/** Nodes walked between two points where the caller may yield (see extractParts). */
const STEPS_PER_PAUSE = 256;

/**
 * One walk over some roots that extracts their text and cuts it into parts as it goes, so that
 * a page is walked once: no sizing pass before extraction. Each part records the subtrees that
 * fell into it whole, which is what a later rescan of the part re-extracts.
 */
class Walk {
  private readonly stack: Step[] = [];
  private sink = new TextSink();
  private nodes: Node[] = [];
  private elements = 0;
  private part = 0;
  /** Whether the last step left a block element: a place to cut that splits no element. */
  private leftBlock = false;

  constructor(
    roots: readonly Node[],
    private readonly options: ExtractOptions,
    private readonly limits: PartLimits,
  ) {
    for (let i = roots.length - 1; i >= 0; i--) this.stack.push({ node: roots[i]!, leave: false });
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /**
   * The part holds enough and the walk is between two subtrees: elements finished just now were
   * left first, so that they fall into the part whole rather than as their children. Past the
   * limits a part is cut where a block ended; past HARD_LIMIT times them, anywhere.
   */
  get full(): boolean {
    const next = this.stack.at(-1);
    if (next !== undefined && next.leave) return false;
    const { maxChars, maxElements } = this.limits;
    const { length } = this.sink;
    if (length >= HARD_LIMIT * maxChars || this.elements >= HARD_LIMIT * maxElements) return true;
    return this.leftBlock && (length >= maxChars || this.elements >= maxElements);
  }

  /** Ends the current part: what it holds, or null when it holds nothing. */
  cut(): ExtractedPart | null {
    const empty = this.nodes.length === 0;
    const part = empty ? null : { nodes: this.nodes, page: this.sink.finish() };
    if (!empty) {
      this.sink = new TextSink();
      this.nodes = [];
      this.part++;
    }
    this.elements = 0;
    return part;
  }

  step(): void {
    const step = this.stack.pop()!;
    this.leftBlock = step.leave && step.block;
    try {
      if (step.leave) this.leave(step);
      else this.enter(step.node);
    } catch {
      // A hostile or broken node: skip it, keep the rest of the page.
    }
  }

  private enter(node: Node): void {
    if (this.options.skipNode?.(node)) return;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      this.sink.text(node as Text, (node as Text).data);
      this.nodes.push(node);
      return;
    }
    if (type === DOCUMENT_NODE) {
      // Only the root element holds text (linkedom also breaks the sibling chain after a doctype).
      const rootElement = (node as Document).documentElement;
      if (rootElement) this.stack.push({ node: rootElement, leave: false });
      return;
    }
    if (type === DOCUMENT_FRAGMENT_NODE) {
      pushChildren(node, this.stack);
      return;
    }
    if (type !== ELEMENT_NODE) return;
    const el = node as Element;
    this.elements++;
    // The root too: a part of the page may be a lone <script> or our own UI host.
    const name = el.localName.toLowerCase();
    const skipped = isSkipped(el, this.options, name);
    if (skipped || name === 'br') {
      if (!skipped) this.sink.blockBreak();
      this.nodes.push(el);
      return;
    }
    const block = BLOCKS.has(name);
    if (block) this.sink.blockBreak();
    const link = name === 'a' ? startLink(el, this.sink, this.options) : -1;
    const shadow = el.shadowRoot;
    if (el.firstChild === null && shadow === null) {
      if (link >= 0) this.sink.links[link]!.end = this.sink.length;
      this.nodes.push(el);
      return;
    }
    const mark = this.nodes.length;
    this.stack.push({ node: el, leave: true, link, block, part: this.part, mark });
    // Light children come after the shadow tree's: without layout, slots are not resolved.
    pushChildren(el, this.stack);
    if (shadow) pushChildren(shadow, this.stack);
  }

  private leave(step: Step & { leave: true }): void {
    if (step.block) this.sink.blockBreak();
    if (step.part !== this.part) return;
    if (step.link >= 0) this.sink.links[step.link]!.end = this.sink.length;
    // All of the element fell into this part: it stands for its descendants.
    this.nodes.length = step.mark;
    this.nodes.push(step.node);
  }
}

/**
 * Extracts the text under `root` (a Document, Element, DocumentFragment, ShadowRoot or Text).
 * A subtree extracts like a page of its own: offsets start at 0. Never throws: a node whose
 * properties throw is skipped.
 */
export function extractPageText(root: Node, options: ExtractOptions = {}): PageText {
  const walk = new Walk([root], withBase(root, options), UNLIMITED);
  while (!walk.done) walk.step();
  return walk.cut()?.page ?? { text: '', segments: [], links: [] };
}

/**
 * Extracts `roots` in one walk, cut into parts of about `limits` (a part closes once it holds
 * that much, between two nodes). Yields each part as it closes, and null every few hundred nodes
 * in between: a point where the caller may yield the thread, even inside long runs of wrappers
 * without text.
 */
export function* extractParts(
  roots: readonly Node[],
  limits: PartLimits,
  options: ExtractOptions = {},
): Generator<ExtractedPart | null> {
  const first = roots[0];
  if (first === undefined) return;
  const walk = new Walk(roots, withBase(first, options), limits);
  let steps = 0;
  while (!walk.done) {
    walk.step();
    if (walk.full) {
      const part = walk.cut();
      if (part) yield part;
    }
    if (++steps % STEPS_PER_PAUSE === 0) yield null;
  }
  const rest = walk.cut();
  if (rest) yield rest;
}

function withBase(root: Node, options: ExtractOptions): ExtractOptions {
  return options.baseUrl === undefined ? { ...options, baseUrl: documentBase(root) } : options;
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
 * The nearest block element around `node` (itself included) within `root`, or `root`; null when
 * `node` is not under `root`. Extraction's text breaks at every block's edges, so no word crosses
 * them. Never throws.
 */
export function blockOf(node: Node, root: Element): Element | null {
  try {
    if (!root.contains(node)) return null;
    for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
      if (n.nodeType === ELEMENT_NODE && BLOCKS.has((n as Element).localName.toLowerCase()))
        return n as Element;
    }
  } catch {
    // A node whose properties throw: the whole root stands in for it.
  }
  return root;
}

/** Whether extraction skips `el` and everything under it (never page text, hidden, our own UI). */
function isSkipped(
  el: Element,
  options: ExtractOptions,
  name = el.localName.toLowerCase(),
): boolean {
  if (SKIPPED.has(name)) return true;
  if (el.hasAttribute('data-leaklens-ui') || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return options.isHidden !== undefined && options.isHidden(el);
}

/** Records a link with a resolvable http(s) href; returns its index, or -1. */
function startLink(el: Element, sink: TextSink, options: ExtractOptions): number {
  const href = resolveHref(el, options);
  if (href === null) return -1;
  // Open (-1) until the element is left, or the part is cut (TextSink.finish).
  sink.links.push({ href, start: sink.length, end: -1 });
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
