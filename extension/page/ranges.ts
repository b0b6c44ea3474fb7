// Turns [start, end) offsets of PageText.text back into DOM Ranges through its segments, with one
// binary search per offset; a passage that can no longer be placed yields null, never a throw.
import type { PageText, Segment } from '../../engine/types';

/** Index of the segment containing `offset` (or starting right after it when in a gap). */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Point {
  node: Text;
  offset: number;
}

function pointAt(page: PageText, offset: number, edge: 'start' | 'end'): Point | null {
  const { segments } = page;
  if (segments.length === 0) return null;
  let i = segmentAt(segments, edge === 'end' ? Math.max(0, offset - 1) : offset);
  let seg = segments[i]!;
  // Offsets in gaps (block breaks added by extraction) snap to the nearest text inward.
  if (edge === 'start' && offset >= seg.start + seg.length && i + 1 < segments.length) {
    seg = segments[++i]!;
  }
  if (!seg.node) return null;
  const within = Math.min(Math.max(offset - seg.start, 0), seg.length);
  return { node: seg.node, offset: seg.nodeOffset + within };
}

export function rangeFor(doc: Document, page: PageText, start: number, end: number): Range | null {
  const a = pointAt(page, start, 'start');
  const b = pointAt(page, end, 'end');
  if (!a || !b) return null;
  try {
    if (!a.node.isConnected || !b.node.isConnected) return null;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range.collapsed ? null : range;
  } catch {
    // The page changed under us (node text shortened, node moved): the passage is unplaced.
    return null;
  }
}
