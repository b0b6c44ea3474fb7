import { describe, expect, it } from 'vitest';
import { parseBundle, type Bundle } from '../../engine/bundle';
import { buildIndex } from '../../engine/engine-index';
import { fixtureBundle, rawFixtureBundle } from './helpers/fixture-bundle';

function withEngine(engine: { shingle: number; hash: string }): Bundle {
  const parsed = parseBundle({ ...rawFixtureBundle(), engine });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('buildIndex', () => {
  it('indexes every document with fingerprints', () => {
    const index = buildIndex(fixtureBundle());
    expect(index.fingerprintDocuments.map((d) => d.document)).toEqual([
      'renfield-dossier',
      'halvorsen-memo',
      'ashdown-emails',
    ]);
    expect(index.hashes.hashes.length).toBeGreaterThan(3000);
    expect(index.leaks.map((l) => l.id)).toEqual(['veridia-campaign-leak', 'harrowgate-port-leak']);
  });
  it('refuses an unknown hash function with a clear error', () => {
    expect(() => buildIndex(withEngine({ shingle: 5, hash: 'xxhash64' }))).toThrow(
      /unsupported fingerprint hash "xxhash64"/,
    );
  });
  it('refuses another bundle format', () => {
    const bundle = { ...fixtureBundle(), format: 2 } as unknown as Bundle;
    expect(() => buildIndex(bundle)).toThrow(/unsupported bundle format 2/);
  });
  it('names the document whose fingerprints are corrupt', () => {
    const bundle = fixtureBundle();
    bundle.leaks[0]!.documents[1]!.fingerprints = '@@@@';
    expect(() => buildIndex(bundle)).toThrow(/veridia-campaign-leak\/halvorsen-memo/);
  });
});
