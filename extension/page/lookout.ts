// The always-on part of LeakLens in a page: a look at the page's rendered text through the bundle's
// page filter (./gate.ts) once the page is idle, then at each block the page changes.
// Most pages hold nothing the bundle could match, and end here, without a word to the extension:
// the lookout keeps its report in the frame (./frame-world.ts) for the background to read when the
// popup asks, and touches no extension API or storage at all (the flag scripts read what is stored
// on the pages it concerns, ./lookout-stored.ts). Where the filter lets something through, it
// hands the frame to the scanner (extension/page/scanner.ts), which the background loads into this
// frame only then: the page never compiles code it does not need.
import type { PageFilter } from '../../engine/prefilter';
import { blockOf } from '../../engine/extract';
import { emptyReport } from '../report';
import type { BundleInfo, FrameReport } from '../tab-state';
import { errorText } from './frame-report';
import { gateTests } from './gate';
import { busyDuring, createSlicer, type Slicer } from './slicer';
import {
  onSettingsChanged,
  setLookoutMs,
  setQuietReport,
  storedForLookout,
  type StoredForLookout,
} from './frame-world';
import { hasAncestorIn, idle, pageRoot } from './nodes';
import { serialQueue } from '../serial-queue';
import { watchMutations, type Watcher } from './watcher';

export interface LookoutEnv {
  win: Window;
  /**
   * The built-in bundle's page filter, or an active update's; null when there is none to apply (an
   * update stored by an older version: the scanner then takes every page).
   */
  filter: PageFilter | null;
  info: BundleInfo;
  /** Asks for the scanner in this frame. */
  handOff(): Promise<unknown>;
}

class Lookout {
  private readonly slicer: Slicer;
  private watcher: Watcher | null = null;
  private url: string;
  private done = false;
  /** Looks run one after another: they share the slicer and the paused state. */
  private readonly serial = serialQueue();

  constructor(
    private readonly env: LookoutEnv,
    private readonly filter: PageFilter,
    private paused: boolean,
  ) {
    this.slicer = createSlicer(env.win, undefined, Date.now);
    this.url = this.address;
  }

  async start(): Promise<void> {
    // The background calls this in the frames of a tab whose site was paused or resumed.
    onSettingsChanged((paused) => void this.serial(() => this.applyPaused(paused)));
    if (this.paused) return this.report('paused');
    await idle(this.env.win);
    await this.serial(() => this.lookAtAll());
  }

  /**
   * The page's address. The document's own (history.pushState changes it too): `location` would
   * be one more interface to set up in this world on every page.
   */
  private get address(): string {
    return this.env.win.document.URL;
  }

  private get root(): Element {
    return pageRoot(this.env.win.document);
  }

  private async lookAtAll(): Promise<void> {
    const passes = await this.slicer.run(async () => {
      // Watching starts first: what changes during the look arrives as a batch after it.
      this.watcher ??= watchMutations({
        win: this.env.win,
        root: this.env.win.document,
        ignore: () => false,
        onBatch: (batch) =>
          this.serial(() => busyDuring(this.slicer, () => this.lookAt(batch.nodes))),
        onExhausted: () => this.report('budget-exhausted'),
      });
      return this.looking([this.root]);
    });
    if (passes) return this.handOff();
    this.report('scanned');
  }

  private async lookAt(nodes: Iterable<Node>): Promise<void> {
    if (this.done || this.paused) return;
    if (this.address !== this.url) {
      // A single-page navigation: the page is another one now.
      this.url = this.address;
      return this.lookAtAll();
    }
    // Finding the blocks runs in the slice too: a batch's whole cost is charged to the budget.
    const root = this.root;
    if (await this.slicer.run(() => this.looking(changedBlocks(nodes, root)))) {
      await this.handOff();
    }
  }

  /**
   * Looks at `roots` inside a slice, yielding between them and between the gate's tests once the
   * slice has used its budget; true once one may hold something to match.
   */
  private async looking(roots: Element[]): Promise<boolean> {
    for (const root of roots) {
      for (const test of gateTests(root, this.filter)) {
        if (this.slicer.shouldYield()) await this.slicer.yield();
        if (test()) return true;
      }
    }
    return false;
  }

  private handOff(): Promise<void> {
    this.stop();
    setLookoutMs(this.slicer.stats().busyMs);
    return handOff(this.env);
  }

  private async applyPaused(paused: boolean): Promise<void> {
    if (this.done || paused === this.paused) return;
    this.paused = paused;
    if (paused) {
      this.watcher?.stop();
      this.watcher = null;
      return this.report('paused');
    }
    await this.lookAtAll();
  }

  private report(status: FrameReport['status']): void {
    const { busyMs, longestSliceMs } = this.slicer.stats();
    const timing = { scanner: false, extractMs: 0, matchMs: 0, totalMs: busyMs, longestSliceMs };
    setQuietReport({ ...emptyReport(status, this.env.info), timing });
  }

  stop(): void {
    this.done = true;
    this.watcher?.stop();
    onSettingsChanged(undefined);
  }
}

/**
 * The outermost blocks around `nodes` within `root`. A word never spans a block's edge (blocks end
 * in line breaks), so the block around a change holds every word the change can make.
 */
function changedBlocks(nodes: Iterable<Node>, root: Element): Element[] {
  const blocks = new Set<Element>();
  for (const n of nodes) {
    const block = blockOf(n, root);
    if (block) blocks.add(block);
  }
  return [...blocks].filter((b) => !hasAncestorIn(b, blocks));
}

/**
 * Asks for the scanner, which reports from then on; a refusal (say, host access withdrawn) is the
 * frame's report.
 */
async function handOff(env: LookoutEnv): Promise<void> {
  setQuietReport(undefined);
  try {
    await env.handOff();
  } catch (error) {
    setQuietReport(emptyReport('failed', env.info, errorText(error)));
  }
}

const NOTHING_STORED: StoredForLookout = { paused: false, update: null };

/**
 * Starts the lookout on this frame with the built-in bundle, or with what the flag scripts read
 * where something stored concerns the page; hands the frame to the scanner at once where there is
 * no filter to apply.
 */
export async function startLookout(builtin: LookoutEnv): Promise<void> {
  const stored = (await storedForLookout()) ?? NOTHING_STORED;
  const env = stored.update ? { ...builtin, ...stored.update } : builtin;
  if (env.filter === null || env.filter.always) return handOff(env);
  await new Lookout(env, env.filter, stored.paused).start();
}
