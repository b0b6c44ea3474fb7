// Joins the PageTexts of several sibling nodes into one, as if extracted together: offsets of the
// later parts shift, and a block break ('\n') separates the parts.
import type { PageText } from './types';

export function concatPageTexts(parts: readonly PageText[]): PageText {
  const nonEmpty = parts.filter((p) => p.text.length > 0);
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const out: PageText = { text: '', segments: [], links: [] };
  const texts: string[] = [];
  let base = 0;
  for (const part of nonEmpty) {
    if (base > 0) {
      texts.push('\n');
      base += 1;
    }
    texts.push(part.text);
    for (const s of part.segments) out.segments.push({ ...s, start: s.start + base });
    for (const l of part.links) out.links.push({ ...l, start: l.start + base, end: l.end + base });
    base += part.text.length;
  }
  out.text = texts.join('');
  return out;
}
