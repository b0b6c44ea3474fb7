// Cuts a DOM subtree into groups of sibling nodes small enough to extract and scan in one short
// task, lazily (a generator), so that even cutting a 5 MB page never blocks the main thread.

export interface ChunkLimits {
  /** Characters of text per group. */
  maxChars: number;
  /** Elements per group: pages with many empty elements cost time without text. */
  maxElements: number;
  /** Below this depth a node is taken whole, whatever its size (guards 10,000-deep nesting). */
  maxDepth: number;
}

export const DEFAULT_CHUNK_LIMITS: ChunkLimits = {
  maxChars: 40_000,
  maxElements: 3_000,
  maxDepth: 48,
};

interface Size {
  chars: number;
  elements: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function sizeOf(node: Node): Size {
  if (node.nodeType === TEXT_NODE) return { chars: (node as Text).data.length, elements: 0 };
  if (node.nodeType !== ELEMENT_NODE) return { chars: 0, elements: 0 };
  const el = node as Element;
  const chars = el.textContent?.length ?? 0;
  // getElementsByTagName is the cheap live count in browsers; linkedom (Node tests) reports 0.
  const descendants =
    el.firstElementChild === null
      ? 0
      : el.getElementsByTagName('*').length || el.querySelectorAll('*').length;
  const elements = 1 + descendants;
  return { chars, elements };
}

const fits = (s: Size, l: ChunkLimits): boolean =>
  s.chars <= l.maxChars && s.elements <= l.maxElements;

/** Yields groups of consecutive siblings, in document order, covering all of `root`. */
export function* chunkNodes(
  root: Node,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
  depth = 0,
): Generator<Node[]> {
  if (depth >= limits.maxDepth || root.firstChild === null || fits(sizeOf(root), limits)) {
    yield [root];
    return;
  }
  let group: Node[] = [];
  let total: Size = { chars: 0, elements: 0 };
  for (let child: Node | null = root.firstChild; child !== null; child = child.nextSibling) {
    const size = sizeOf(child);
    if (!fits(size, limits)) {
      if (group.length > 0) yield group;
      group = [];
      total = { chars: 0, elements: 0 };
      yield* chunkNodes(child, limits, depth + 1);
      continue;
    }
    const next = { chars: total.chars + size.chars, elements: total.elements + size.elements };
    if (group.length > 0 && !fits(next, limits)) {
      yield group;
      group = [];
      total = size;
    } else total = next;
    group.push(child);
  }
  if (group.length > 0) yield group;
}

/** Groups unrelated nodes (e.g. added by the page later) the same way, splitting big ones. */
export function* groupNodes(
  nodes: Iterable<Node>,
  limits: ChunkLimits = DEFAULT_CHUNK_LIMITS,
): Generator<Node[]> {
  let group: Node[] = [];
  let total: Size = { chars: 0, elements: 0 };
  for (const node of nodes) {
    const size = sizeOf(node);
    if (!fits(size, limits)) {
      if (group.length > 0) yield group;
      group = [];
      total = { chars: 0, elements: 0 };
      yield* chunkNodes(node, limits);
      continue;
    }
    const next = { chars: total.chars + size.chars, elements: total.elements + size.elements };
    if (group.length > 0 && !fits(next, limits)) {
      yield group;
      group = [node];
      total = size;
    } else {
      group.push(node);
      total = next;
    }
  }
  if (group.length > 0) yield group;
}
