import { describe, expect, it } from 'vitest';
import type { Passage, ScanResult } from '../../engine/types';
import { buildReport, textPassages } from '../../extension/report';

const passage = (
  kind: Passage['kind'],
  start: number,
  end: number,
  extra: Partial<Passage> = {},
): Passage => ({
  kind,
  leak: 'leak',
  document: 'doc',
  start,
  end,
  matchedWords: end - start,
  ...extra,
});
const result = (passages: Passage[]): ScanResult => ({
  verdict: 'quotes',
  leaks: [{ id: 'leak', verdict: 'quotes', documents: ['doc'], passages }],
});

describe('textPassages', () => {
  it('keeps text passages only, in page order by part then offset', () => {
    const r = result([
      passage('phrase', 50, 60, { part: 1 }),
      passage('mention', 0, 5),
      passage('fingerprint', 70, 90),
      passage('link', 10, 12),
    ]);
    expect(textPassages(r).map((p) => [p.part ?? 0, p.start])).toEqual([
      [0, 70],
      [1, 50],
    ]);
  });

  it('merges overlapping passages into one mark spanning both', () => {
    const r = result([
      passage('fingerprint', 10, 100),
      passage('phrase', 40, 120),
      passage('phrase', 130, 140),
    ]);
    expect(textPassages(r).map((p) => [p.kind, p.start, p.end])).toEqual([
      ['fingerprint', 10, 120],
      ['phrase', 130, 140],
    ]);
  });
});

describe('buildReport', () => {
  it('quotes each passage from its own part, collapsed and capped', () => {
    const pages = [
      { text: 'aaa   bbb ccc', segments: [], links: [] },
      { text: 'x'.repeat(500), segments: [], links: [] },
    ];
    const r = result([passage('phrase', 0, 9), passage('fingerprint', 0, 500, { part: 1 })]);
    const report = buildReport(r, (p) => pages[p.part ?? 0], {
      id: 'b',
      version: 2,
      created: '2026-01-01',
    });
    expect(report.passages.map((p) => p.quote.length)).toEqual([7, 240]);
    expect(report.passages[0]?.quote).toBe('aaa bbb');
    expect(report.leaks).toEqual([
      { id: 'leak', verdict: 'quotes', documents: ['doc'], passages: 2, matchedWords: 509 },
    ]);
  });
});
