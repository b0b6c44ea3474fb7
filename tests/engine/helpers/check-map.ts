// The offset-map property shared by the normalization and extraction property tests.
import { expect } from 'vitest';
import { normalizeText, rawRange, type NormalizedText } from '../../../engine/normalize';
import { tokenize } from '../../../engine/tokenize';

/** Checks the offset map: in bounds, monotonic, and every word range maps back faithfully. */
export function checkMap(raw: string, norm: NormalizedText): void {
  expect(norm.starts.length).toBe(norm.text.length);
  for (let i = 0; i < norm.text.length; i++) {
    expect(norm.starts[i]!).toBeLessThan(norm.ends[i]!);
    expect(norm.ends[i]!).toBeLessThanOrEqual(raw.length);
    if (i > 0) expect(norm.starts[i]!).toBeGreaterThanOrEqual(norm.starts[i - 1]!);
    if (i > 0) expect(norm.ends[i]!).toBeGreaterThanOrEqual(norm.ends[i - 1]!);
  }
  const tokens = tokenize(norm);
  for (let a = 0; a < tokens.count; a++) {
    for (const b of [a, Math.min(tokens.count - 1, a + 1), tokens.count - 1]) {
      const [s, e] = rawRange(norm, tokens.starts[a]!, tokens.ends[b]!);
      // A raw range covers whole source characters: widen the normalized range to all the units
      // those characters produce (½ → "1⁄2" is one raw character, two words).
      let from = tokens.starts[a]!;
      let to = tokens.ends[b]!;
      while (from > 0 && norm.starts[from - 1] === s) from--;
      while (to < norm.text.length && norm.ends[to] === e) to++;
      expect(normalizeText(raw.slice(s, e)).text).toBe(norm.text.slice(from, to).trim());
    }
  }
}
