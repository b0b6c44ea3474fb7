// The scanned state of one document as parts (runs of whole subtrees that one walk over the page
// extracts and cuts as it goes, each scanned on its own, in slices), merged into one page result;
// parts are added or rescanned as the page changes, so later scans touch only new or changed text.
import { hasAncestorIn } from './nodes';
import { extractParts, type ExtractOptions, type PartLimits } from '../../engine/extract';
import {
  extractPageText,
  mergeResults,
  remainingBuildSteps,
  scan,
  warmUp,
  type EngineIndex,
} from '../../engine/index';
import { concatPageTexts } from '../../engine/page-text';
import type { Prefilter } from '../../engine/prefilter';
import type { PageText, ScanResult, Sensitivity } from '../../engine/types';
import type { Slicer } from './slicer';

export interface Part {
  nodes: Node[];
  page: PageText;
  result: ScanResult;
}

export interface PageScanOptions {
  /** Built on first use: parts the prefilter stops never need it. */
  index: () => EngineIndex;
  prefilter: Prefilter;
  sensitivity: Sensitivity;
  extract: ExtractOptions;
  /** A monotonic clock in milliseconds (performance.now). */
  now(): number;
  limits?: PartLimits;
}

// Sized so that extracting and scanning one part stays well under 50 ms even in a content
// script whose code is still cold (measured at about 1 MB/s before the JIT warms up). A part
// waits for a block to end past these, up to half as much again (engine/extract.ts).
export const DEFAULT_PART_LIMITS: PartLimits = { maxChars: 12_000, maxElements: 800 };

/**
 * The warm-up match's length (see readyMatchers): enough for the matchers' loops to leave the
 * interpreter, a small fraction of a part.
 */
const WARM_UP_CHARS = 1500;

/** Where the scanning time went, for the benchmark and the popup's diagnostics. */
export interface ScanTiming {
  extractMs: number;
  matchMs: number;
}

/** The result of a part (or page) with no evidence at all: what scoring no evidence gives. */
const nothing = (): ScanResult => ({ verdict: 'none', leaks: [], evidence: [] });

export class PageScan {
  readonly parts: Part[] = [];
  readonly timing: ScanTiming = { extractMs: 0, matchMs: 0 };
  /**
   * Each live part's nodes, to find the part a changed node belongs to; entries leave with their
   * node or part, so that a node here is always held by a part of `parts`.
   */
  private owner = new WeakMap<Node, Part>();
  /** Whether the matchers were made ready, in slices of their own (see readyMatchers). */
  private indexed = false;

  constructor(private readonly options: PageScanOptions) {}

  /** Extracts and scans `root` in slices, as new parts. */
  addSubtree(root: Node, slicer: Slicer): Promise<void> {
    // A whole walk never meets a node twice: no lookups of what parts hold.
    return this.addRoots([root], slicer, false);
  }

  /**
   * One walk over `roots`, each part scanned as soon as the walk cuts it. What parts hold
   * already is left out: a changed node the first scan had cut into pieces (it saw the change,
   * or will see it through the pieces' own parts) must not be read twice.
   */
  private async addRoots(roots: readonly Node[], slicer: Slicer, skipHeld = true): Promise<void> {
    const { extract, now, limits = DEFAULT_PART_LIMITS } = this.options;
    const skipNode = (n: Node): boolean => this.owner.has(n);
    const walk = extractParts(roots, limits, skipHeld ? { ...extract, skipNode } : extract);
    for (;;) {
      const t0 = now();
      const next = walk.next();
      this.timing.extractMs += now() - t0;
      if (next.done) return;
      if (next.value) {
        if (!this.indexed && this.options.prefilter.mightMatch(next.value.page)) {
          await this.readyMatchers(slicer, next.value.page);
        }
        this.addPart(next.value.nodes, next.value.page);
      }
      if (slicer.shouldYield()) await slicer.yield();
    }
  }

  /**
   * Gets the matchers ready before the first part that needs them, each step in a slice of its
   * own: the index, its lazily built parts, then a warm-up match of the part's first words. With
   * cold code (a fresh world, the interpreter) each step is long, and all of them together with
   * the first part's match made slices of 50-110 ms; the warm-up compiles the matchers and lets
   * them leave the interpreter on a few words, so the first whole part is matched by warm code.
   */
  private async readyMatchers(slicer: Slicer, first: PageText): Promise<void> {
    const built = await this.inSliceOfItsOwn(slicer, () => this.options.index());
    for (const step of remainingBuildSteps(built)) await this.inSliceOfItsOwn(slicer, step);
    await this.inSliceOfItsOwn(slicer, () => warmUp(built, first.text.slice(0, WARM_UP_CHARS)));
    this.indexed = true;
    await slicer.yield();
  }

  private async inSliceOfItsOwn<T>(slicer: Slicer, step: () => T): Promise<T> {
    await slicer.yield();
    const t0 = this.options.now();
    const value = step();
    this.timing.matchMs += this.options.now() - t0;
    return value;
  }

  /**
   * Applies later changes: parts holding changed nodes are rescanned, parts whose nodes all left
   * the page are dropped, and new nodes become new parts. Only new or changed text is scanned.
   */
  async applyChanges(nodes: Iterable<Node>, removed: boolean, slicer: Slicer): Promise<void> {
    if (removed) this.prune();
    const dirty = new Set<Part>();
    const fresh = new Set<Node>();
    for (const n of nodes) {
      if (!n.isConnected) continue;
      const part = this.partOf(n);
      if (part) dirty.add(part);
      else fresh.add(n);
    }
    for (const part of dirty) {
      this.rescan(part);
      if (slicer.shouldYield()) await slicer.yield();
    }
    await this.addRoots(
      [...fresh].filter((n) => !hasAncestorIn(n, fresh)),
      slicer,
    );
  }

  /** Drops nodes that left the page, and parts left with none. */
  prune(): void {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i]!;
      const before = part.nodes.length;
      if (this.keepConnected(part) === 0) this.drop(i);
      else if (part.nodes.length < before) this.fill(part);
    }
  }

  /** The part that holds `node` (the node itself or an ancestor), if any. */
  partOf(node: Node): Part | undefined {
    for (let n: Node | null = node; n !== null; n = n.parentNode) {
      const part = this.owner.get(n);
      if (part) return part;
    }
    return undefined;
  }

  /** Re-extracts a part whose text changed; drops it when none of its nodes is on the page. */
  rescan(part: Part): void {
    const i = this.parts.indexOf(part);
    if (i < 0) return;
    if (this.keepConnected(part) === 0) this.drop(i);
    else this.fill(part);
  }

  /** The page's result: every part's evidence scored together. */
  merged(): ScanResult {
    const { index, sensitivity } = this.options;
    const results = this.parts.map((p) => p.result);
    if (results.every((r) => (r.evidence ?? []).length === 0)) return nothing();
    return mergeResults(index(), results, { sensitivity });
  }

  clear(): void {
    this.parts.length = 0;
    this.owner = new WeakMap();
  }

  /** Forgets the part's nodes that left the page; returns how many it keeps. */
  private keepConnected(part: Part): number {
    const kept: Node[] = [];
    for (const n of part.nodes) {
      if (n.isConnected) kept.push(n);
      else if (this.owner.get(n) === part) this.owner.delete(n);
    }
    part.nodes = kept;
    return kept.length;
  }

  private drop(i: number): void {
    const [part] = this.parts.splice(i, 1);
    for (const n of part?.nodes ?? []) if (this.owner.get(n) === part) this.owner.delete(n);
  }

  private addPart(nodes: Node[], page: PageText): void {
    const part: Part = { nodes, page, result: nothing() };
    this.match(part);
    this.parts.push(part);
    for (const n of nodes) this.owner.set(n, part);
  }

  /** Re-extracts a part from its nodes (less what other parts hold), and matches it. */
  private fill(part: Part): void {
    const { extract, now } = this.options;
    const skipNode = (n: Node): boolean => {
      const holder = this.owner.get(n);
      return holder !== undefined && holder !== part;
    };
    const t0 = now();
    part.page = concatPageTexts(
      part.nodes.map((n) => extractPageText(n, { ...extract, skipNode })),
    );
    this.timing.extractMs += now() - t0;
    this.match(part);
  }

  private match(part: Part): void {
    const { index, prefilter, sensitivity, now } = this.options;
    const t0 = now();
    part.result = prefilter.mightMatch(part.page)
      ? scan(index(), part.page, { sensitivity })
      : nothing();
    // A part where nothing was found keeps no segments: they hold each of its Text nodes alive,
    // which lengthens the collector's pauses inside our slices (HARD_LIMIT in engine/extract.ts).
    // Only passages need segments, to be turned into ranges; a rescan extracts the part anew.
    if (!part.result.evidence?.length) part.page = { ...part.page, segments: [] };
    this.timing.matchMs += now() - t0;
  }
}
