import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../engine/bundle';

const minimal = {
  format: 1,
  id: 'demo',
  version: 1,
  created: '2026-01-01',
  engine: { shingle: 5, hash: 'fnv1a32' },
  leaks: [
    {
      id: 'demo-leak',
      title: 'Demo leak',
      summary: 'A fictional leak.',
      disclosed: '2026-01-01',
      documents: [{ id: 'memo', title: 'Memo' }],
    },
  ],
};

describe('parseBundle', () => {
  it('accepts a minimal bundle and fills defaults', () => {
    const r = parseBundle(minimal);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.leaks[0]?.documents[0]?.aliases).toEqual([]);
  });
  it('refuses a non-https statement link with the path of the field', () => {
    const bad = structuredClone(minimal) as Record<string, unknown>;
    (bad.leaks as Array<Record<string, unknown>>)[0]!.statements = [
      {
        party: 'campaign',
        speaker: 'A',
        organization: 'B',
        date: '2026-01-01',
        quote: 'q',
        url: 'javascript:alert(1)',
      },
    ];
    const r = parseBundle(bad);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('leaks.0.statements.0.url') });
  });
  it('refuses another format number', () => {
    expect(parseBundle({ ...minimal, format: 2 }).ok).toBe(false);
  });
});
