// Cuts a DOM subtree into groups of nodes (siblings, in document order) small enough to extract and
// scan in one short task, lazily (a generator), so that even cutting a 5 MB page never blocks.

export interface ChunkLimits {
  /** Characters of text per group. */
  maxChars: number;
  /** Elements per group: pages with many empty elements cost time without text. */
  maxElements: number;
  /**
   * Below this depth subtrees are no longer sized level by level (which costs depth² on 10,000-deep
   * nesting): the rest is walked once, and its small subtrees and text grouped (see flatChunks).
   */
  maxDepth: number;
}

// Sized so that extracting and scanning one group stays well under 50 ms even in a content
// script whose code is still cold (measured at about 1 MB/s before the JIT warms up).
export const DEFAULT_CHUNK_LIMITS: ChunkLimits = {
  maxChars: 12_000,
  maxElements: 800,
  maxDepth: 48,
};

interface Size {
  chars: number;
  elements: number;
}

/** Elements never split because extraction skips them whole (scripts, hidden subtrees, ...). */
export type SkipWhole = (el: Element) => boolean;

const NEVER: SkipWhole = () => false;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Below maxDepth, a subtree of at most this many elements is grouped whole, not walked through. */
const FLAT_SUBTREE_ELEMENTS = 16;

/** The next node after `node` in document order that is still inside `root`, or null. */
function nextInside(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/**
 * The size of `node`'s subtree, or null as soon as it exceeds `limits`. It walks at most the
 * limits, so asking whether a 5 MB <body> fits costs what one group costs: textContent and
 * getElementsByTagName('*') on the whole subtree cost tens of milliseconds on such a page, and
 * were asked again at every level of the descent.
 */
function sizeWithin(
  node: Node,
  limits: Pick<ChunkLimits, 'maxChars' | 'maxElements'>,
): Size | null {
  let chars = 0;
  let elements = 0;
  for (let n: Node | null = node; n !== null; n = nextInside(n, node)) {
    const type = n.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE)
      chars += (n as CharacterData).data.length;
    else if (type === ELEMENT_NODE) elements += 1;
    if (chars > limits.maxChars || elements > limits.maxElements) return null;
  }
  return { chars, elements };
}

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;

/** Collects consecutive nodes into a group until the next one would not fit. */
class Grouper {
  private nodes: Node[] = [];
  private chars = 0;
  private elements = 0;

  constructor(private readonly limits: ChunkLimits) {}

  /** Adds a node; returns the group it closed when the node did not fit beside it. */
  add(node: Node, size: Size): Node[] | null {
    const closed = this.wouldOverflow(size) ? this.flush() : null;
    this.nodes.push(node);
    this.chars += size.chars;
    this.elements += size.elements;
    return closed;
  }

  /** Counts work done without adding a node (walking through wrappers), so groups still close. */
  charge(elements: number): Node[] | null {
    if (!this.wouldOverflow({ chars: 0, elements })) {
      this.elements += elements;
      return null;
    }
    // An empty group still closes: the caller gets a point where it may yield.
    return this.flush() ?? [];
  }

  flush(): Node[] | null {
    if (this.nodes.length === 0 && this.elements === 0) return null;
    const out = this.nodes;
    this.nodes = [];
    this.chars = 0;
    this.elements = 0;
    return out;
  }

  private wouldOverflow(size: Size): boolean {
    const { maxChars, maxElements } = this.limits;
    return (
      (this.nodes.length > 0 || this.elements > 0) &&
      (this.chars + size.chars > maxChars || this.elements + size.elements > maxElements)
    );
  }
}

/**
 * Yields groups of nodes, in document order, covering all of `root`. A group may be empty: it
 * only marks a point where the caller may yield (long runs of wrappers without text).
 */
export function* chunkNodes(
  root: Node,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  skipWhole: SkipWhole = NEVER,
): Generator<Node[]> {
  if (sizeWithin(root, limits) !== null) yield [root];
  else yield* split(root, limits, skipWhole, 0);
}

/** Groups unrelated nodes (e.g. added by the page later) the same way, splitting big ones. */
export function* groupNodes(
  nodes: Iterable<Node>,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  skipWhole: SkipWhole = NEVER,
): Generator<Node[]> {
  const group = new Grouper(limits);
  for (const node of nodes) {
    const size = sizeWithin(node, limits);
    const closed = size ? group.add(node, size) : group.flush();
    if (closed) yield closed;
    if (!size) yield* split(node, limits, skipWhole, 0);
  }
  const rest = group.flush();
  if (rest) yield rest;
}

/** Splits a node too big for one group into groups of its children, descending as needed. */
function* split(
  root: Node,
  limits: ChunkLimits,
  skipWhole: SkipWhole,
  depth: number,
): Generator<Node[]> {
  // A big <script>, <style> or hidden subtree is one cheap node for extraction, which skips it;
  // split up, its text would be extracted as if it were page text.
  if (root.firstChild === null || (isElement(root) && skipWhole(root))) {
    yield [root];
    return;
  }
  if (depth >= limits.maxDepth) {
    yield* flatChunks(root, limits, skipWhole);
    return;
  }
  const group = new Grouper(limits);
  for (let child: Node | null = root.firstChild; child !== null; child = child.nextSibling) {
    const size = sizeWithin(child, limits);
    const closed = size ? group.add(child, size) : group.flush();
    if (closed) yield closed;
    if (!size) yield* split(child, limits, skipWhole, depth + 1);
  }
  const rest = group.flush();
  if (rest) yield rest;
}

/**
 * Deep below the page's top, walks the rest of the subtree once (no recursion, no sizing of big
 * subtrees): small subtrees and text nodes are grouped, and elements holding more are walked
 * through. The wrappers walked through are not extracted themselves (as above maxDepth, where a
 * split node's children are the parts); one whose content extraction skips is kept whole.
 */
function* flatChunks(root: Node, limits: ChunkLimits, skipWhole: SkipWhole): Generator<Node[]> {
  const small = { maxChars: limits.maxChars, maxElements: FLAT_SUBTREE_ELEMENTS };
  const group = new Grouper(limits);
  const next: (Node | null)[] = [root.firstChild];
  while (next.length > 0) {
    const node = next.pop() ?? null;
    if (node === null) continue;
    next.push(node.nextSibling);
    const size = sizeWithin(node, small);
    let closed: Node[] | null;
    if (size) closed = group.add(node, size);
    else if (!isElement(node)) closed = group.add(node, { chars: limits.maxChars, elements: 0 });
    else if (skipWhole(node)) closed = group.add(node, { chars: 0, elements: 1 });
    else {
      next.push(node.firstChild);
      closed = group.charge(1);
    }
    if (closed) yield closed;
  }
  const rest = group.flush();
  if (rest) yield rest;
}
