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

/** Measured subtree sizes, keyed by nodes that have children. */
type Sizes = Map<Node, Size>;

/** Nodes measured between two points where the caller may yield. */
const MEASURE_STEPS = 4096;

const ownSize = (node: Node): Size => {
  const type = node.nodeType;
  if (type === TEXT_NODE || type === CDATA_SECTION_NODE)
    return { chars: (node as CharacterData).data.length, elements: 0 };
  return { chars: 0, elements: type === ELEMENT_NODE ? 1 : 0 };
};

/**
 * Measures every subtree under `root` in one post-order walk, so that deciding how to cut the page
 * visits each node once: sizing level by level (sizeWithin at each depth) walked the big wrappers
 * near the top again at every level, which cost more than extraction itself on real pages.
 * Yields every MEASURE_STEPS nodes. A subtree is recorded only once all of it was walked, so if
 * the page moves nodes in between, the rest simply falls back to sizeWithin.
 */
function* measure(root: Node, sizes: Sizes): Generator<void> {
  const partial = new Map<Node, Size>();
  const finish = (node: Node): void => {
    const own = ownSize(node);
    const inner = partial.get(node);
    if (inner) partial.delete(node);
    const size = inner
      ? { chars: inner.chars + own.chars, elements: inner.elements + own.elements }
      : own;
    // Small subtrees are cheap to size again when asked; keeping them all costs memory and GC.
    if (inner && size.elements > FLAT_SUBTREE_ELEMENTS) sizes.set(node, size);
    const parent = node === root ? null : node.parentNode;
    if (parent === null) return;
    const sum = partial.get(parent);
    if (sum) {
      sum.chars += size.chars;
      sum.elements += size.elements;
    } else partial.set(parent, { ...size });
  };
  let steps = 0;
  let node: Node = root;
  for (;;) {
    while (node.firstChild) node = node.firstChild;
    for (;;) {
      finish(node);
      if (++steps % MEASURE_STEPS === 0) yield;
      if (node === root) return;
      const next = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const up = node.parentNode;
      if (up === null) return; // Detached while we yielded: what was not measured is sized later.
      node = up;
    }
  }
}

/** A node's size from the measurement when there is one, else by walking it (within limits). */
function sizeOf(node: Node, sizes: Sizes, limits: Pick<ChunkLimits, 'maxChars' | 'maxElements'>) {
  if (node.firstChild === null) return ownSize(node);
  const size = sizes.get(node);
  if (!size) return sizeWithin(node, limits);
  return size.chars > limits.maxChars || size.elements > limits.maxElements ? null : size;
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
  const sizes: Sizes = new Map();
  for (const _ of measure(root, sizes)) yield [];
  if (sizeOf(root, sizes, limits) !== null) yield [root];
  else yield* split(root, limits, skipWhole, 0, sizes);
}

/** Groups unrelated nodes (e.g. added by the page later) the same way, splitting big ones. */
export function* groupNodes(
  nodes: Iterable<Node>,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  skipWhole: SkipWhole = NEVER,
): Generator<Node[]> {
  const group = new Grouper(limits);
  const sizes: Sizes = new Map();
  for (const node of nodes) {
    const size = sizeWithin(node, limits);
    const closed = size ? group.add(node, size) : group.flush();
    if (closed) yield closed;
    if (size) continue;
    // Only a node too big for one group is worth measuring whole before it is cut.
    for (const _ of measure(node, sizes)) yield [];
    yield* split(node, limits, skipWhole, 0, sizes);
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
  sizes: Sizes,
): Generator<Node[]> {
  // A big <script>, <style> or hidden subtree is one cheap node for extraction, which skips it;
  // split up, its text would be extracted as if it were page text.
  if (root.firstChild === null || (isElement(root) && skipWhole(root))) {
    yield [root];
    return;
  }
  if (depth >= limits.maxDepth) {
    yield* flatChunks(root, limits, skipWhole, sizes);
    return;
  }
  const group = new Grouper(limits);
  for (let child: Node | null = root.firstChild; child !== null; child = child.nextSibling) {
    const size = sizeOf(child, sizes, limits);
    const closed = size ? group.add(child, size) : group.flush();
    if (closed) yield closed;
    if (!size) yield* split(child, limits, skipWhole, depth + 1, sizes);
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
function* flatChunks(
  root: Node,
  limits: ChunkLimits,
  skipWhole: SkipWhole,
  sizes: Sizes,
): Generator<Node[]> {
  const small = { maxChars: limits.maxChars, maxElements: FLAT_SUBTREE_ELEMENTS };
  const group = new Grouper(limits);
  const next: (Node | null)[] = [root.firstChild];
  while (next.length > 0) {
    const node = next.pop() ?? null;
    if (node === null) continue;
    next.push(node.nextSibling);
    const size = sizeOf(node, sizes, small);
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
