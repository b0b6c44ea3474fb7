// The compiler's output: valid, reproducible to the byte, dated without a wall clock, and free of
// the source documents' text (only their fingerprints).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../compiler/compile-rules';
import { parseBundle } from '../../engine/bundle';
import { DEFAULT_ENGINE_PARAMS, decodeHashes, documentFingerprints } from '../../engine/index';

const DEMO = { rulesDir: 'demo/rules', docsDir: 'demo/docs', env: {} };
const RUN = 8;

/** Every run of `n` consecutive words of `text` (letters and digits, lower-cased). */
function wordRuns(text: string, n: number): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

describe('compileRules', () => {
  it('compiles the built-in rules into a valid bundle without fingerprints or phrases', () => {
    const { bundle, json, warnings } = compileRules({ rulesDir: 'rules', env: {} });
    expect(parseBundle(JSON.parse(json)).ok).toBe(true);
    expect(warnings).toEqual([]);
    expect(bundle.id).toBe('leaklens-builtin');
    expect(bundle.report).toBeUndefined();
    expect(bundle.created).toBe('2024-12-31');
    const leak = bundle.leaks.find((l) => l.id === 'us-2024-trump-campaign');
    expect(leak?.documents.map((d) => d.id)).toContain('vance-dossier');
    for (const doc of leak?.documents ?? []) {
      expect(doc.fingerprints).toBeUndefined();
      expect(doc.phrases).toEqual([]);
    }
    expect(leak?.statements.filter((s) => s.paraphrase).map((s) => s.speaker)).toEqual([
      'National Security Council spokesperson',
    ]);
  });

  it('is byte-for-byte reproducible', () => {
    expect(compileRules(DEMO).json).toBe(compileRules(DEMO).json);
  });

  it('dates the bundle from SOURCE_DATE_EPOCH, else from the latest date in the sources', () => {
    expect(compileRules(DEMO).bundle.created).toBe('2031-04-28');
    const epoch = { ...DEMO, env: { SOURCE_DATE_EPOCH: '1900000000' } };
    expect(compileRules(epoch).bundle.created).toBe('2030-03-17');
  });

  it('stores fingerprints made by the engine itself, with the word count', () => {
    const { bundle } = compileRules(DEMO);
    expect(bundle.engine).toEqual({ ...DEFAULT_ENGINE_PARAMS });
    const memo = bundle.leaks[0]?.documents.find((d) => d.id === 'treasury-memo');
    const text = readFileSync('demo/docs/treasury-memo.txt', 'utf8');
    expect(decodeHashes(memo?.fingerprints ?? '')).toEqual(
      documentFingerprints(text, bundle.engine),
    );
    expect(memo?.words).toBeGreaterThan(800);
  });

  it(`never carries a run of ${RUN} words of a source document (outside declared phrases)`, () => {
    const { bundle } = compileRules(DEMO);
    // Phrases are the maintainer's own short excerpts, shipped on purpose; everything else must not
    // contain document text.
    const withoutPhrases = {
      ...bundle,
      leaks: bundle.leaks.map((l) => ({
        ...l,
        documents: l.documents.map((d) => ({ ...d, phrases: [] })),
      })),
    };
    const output = wordRuns(JSON.stringify(withoutPhrases), RUN);
    for (const name of readdirSync('demo/docs')) {
      const runs = wordRuns(readFileSync(join('demo/docs', name), 'utf8'), RUN);
      const leaked = [...runs].filter((r) => output.has(r));
      expect(leaked, name).toEqual([]);
    }
  });

  it('skips `source:` with a located warning when no docs folder is given', () => {
    const { bundle, warnings } = compileRules({ rulesDir: 'demo/rules', env: {} });
    expect(bundle.leaks[0]?.documents.every((d) => d.fingerprints === undefined)).toBe(true);
    expect(warnings[0]).toMatch(
      /^demo\/rules\/northwind-2031\.yaml:\d+: documents\[0\]\.source: skipped/,
    );
  });

  it('sorts the timeline by date, keeping the written order within a day', () => {
    const { bundle } = compileRules({ rulesDir: 'rules', env: {} });
    const dates = bundle.leaks[0]?.context.timeline.map((t) => t.date) ?? [];
    expect(dates).toEqual([...dates].sort());
  });
});
