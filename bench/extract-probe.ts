// Extraction alone, as the scanner runs it (same part limits, same visibility test), for the
// benchmark's scan ÷ extraction ratio: bundled and evaluated in each page once the extension has
// reported on it, so the two are measured on the same page in the same run.
import { extractParts } from '../engine/extract';
import { DEFAULT_PART_LIMITS } from '../extension/page/page-scan';
import { isHidden } from '../extension/page/visibility';

/** Milliseconds to extract the whole page once. */
export function measure(): number {
  const root = document.body ?? document.documentElement;
  const start = performance.now();
  const walk = extractParts([root], DEFAULT_PART_LIMITS, { isHidden });
  while (!walk.next().done);
  return performance.now() - start;
}
