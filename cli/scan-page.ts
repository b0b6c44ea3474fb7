// The scan of one input as the CLI reports it (and as tests call it in-process): the engine's
// verdicts plus, for each passage, the page text it covers.
import type { Bundle } from '../engine/bundle';
import { buildIndex, scan } from '../engine/index';
import type { PageText, Passage, Sensitivity, Verdict } from '../engine/types';
import { readPageInput } from './page-input';

export type ScanIndex = ReturnType<typeof buildIndex>;

export interface PassageReport {
  kind: Passage['kind'];
  document?: string;
  start: number;
  end: number;
  matchedWords: number;
  /** The page's own text at [start, end), shortened: handy to check a match at a glance. */
  text: string;
}

export interface LeakReport {
  id: string;
  verdict: Verdict;
  documents: string[];
  passages: PassageReport[];
}

export interface InputReport {
  input: string;
  verdict: Verdict;
  leaks: LeakReport[];
}

const MAX_PASSAGE_TEXT = 300;

export function indexBundle(bundle: Bundle): ScanIndex {
  return buildIndex(bundle);
}

/** Reads and scans one file or URL. Throws UsageError when the input cannot be read. */
export async function scanInput(
  index: ScanIndex,
  input: string,
  sensitivity: Sensitivity = 'normal',
): Promise<InputReport> {
  return scanPageText(index, input, await readPageInput(input), sensitivity);
}

export function scanPageText(
  index: ScanIndex,
  input: string,
  page: PageText,
  sensitivity: Sensitivity = 'normal',
): InputReport {
  const result = scan(index, page, { sensitivity });
  return {
    input,
    verdict: result.verdict,
    leaks: result.leaks.map((leak) => ({
      id: leak.id,
      verdict: leak.verdict,
      documents: leak.documents,
      passages: leak.passages.map((p) => passageReport(p, page.text)),
    })),
  };
}

function passageReport(p: Passage, text: string): PassageReport {
  const slice = text.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
  return {
    kind: p.kind,
    ...(p.document === undefined ? {} : { document: p.document }),
    start: p.start,
    end: p.end,
    matchedWords: p.matchedWords,
    text: slice.length > MAX_PASSAGE_TEXT ? `${slice.slice(0, MAX_PASSAGE_TEXT - 1)}…` : slice,
  };
}
