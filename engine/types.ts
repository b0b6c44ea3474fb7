// The engine's public data types: what goes in (page text, a compiled bundle) and what comes out
// (verdicts and passages as offset ranges). Shared by the content script, background, CLI and tests.

/** The verdict ladder of DESIGN.md, most severe first. A contract: the words never change. */
export const VERDICTS = ['republishes', 'quotes', 'links', 'discusses', 'none'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How eager matching is; each level moves the thresholds documented in docs/matching.md. */
export const SENSITIVITIES = ['low', 'normal', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** A run of `PageText.text` that comes from one DOM Text node (or one plain-text input). */
export interface Segment {
  /** Offset of the run in `PageText.text`. */
  start: number;
  /** Length of the run; `PageText.text.slice(start, start + length)` is the node's text slice. */
  length: number;
  /** The source node (a DOM Text node); absent for plain-text inputs. */
  node?: Text;
  /** Offset of the run inside `node.data`. */
  nodeOffset: number;
}

/** A link on the page: its resolved href and where its text sits in `PageText.text`. */
export interface PageLink {
  href: string;
  start: number;
  end: number;
}

/** The text of a page as extracted from the DOM (or a plain-text file). */
export interface PageText {
  /** The extracted text; block boundaries appear as '\n'. */
  text: string;
  segments: Segment[];
  links: PageLink[];
}

/** Which matcher found a passage. */
export type PassageKind = 'fingerprint' | 'phrase' | 'link' | 'mention';

/** One matched span of the page, as a [start, end) range of `PageText.text`. */
export interface Passage {
  kind: PassageKind;
  leak: string;
  /** The document it matches; absent for mentions of the leak itself. */
  document?: string;
  start: number;
  end: number;
  /** Words of the page span that matched the document (fingerprints, phrases). */
  matchedWords: number;
  /**
   * Of `matchedWords`, the content words: not stop words, numbers, single characters, or words
   * of common stock phrases ("at the end of the day").
   */
  contentWords?: number;
  /** For `mention` passages: the name as the bundle spells it, and whether it is a weak signal. */
  mention?: { name: string; weak: boolean };
  /** Set by `mergeResults`: the index of the partial result (and so the PageText) it comes from. */
  part?: number;
}

export interface LeakResult {
  id: string;
  verdict: Verdict;
  /** Ids of the documents with at least one passage or link. */
  documents: string[];
  passages: Passage[];
}

export interface ScanResult {
  verdict: Verdict;
  /** Leaks with a verdict other than `none`, most severe first. */
  leaks: LeakResult[];
  /**
   * Every candidate passage found, below the thresholds too (absent in hand-made results): what
   * `mergeResults` rescores when partial results of one page are combined.
   */
  evidence?: Passage[];
}
