// Every real page of the shared corpus (news, blogs, Wikipedia; none about our fictional leak)
// must scan `none` against the fixture bundle, at every sensitivity.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../engine/extract';
import { buildIndex, scan } from '../../engine/index';
import { SENSITIVITIES } from '../../engine/types';
import { fixtureBundle } from './helpers/fixture-bundle';

const CORPUS = '/work/shared/corpus/real-pages';
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));
const index = buildIndex(fixtureBundle());

describe('real pages', () => {
  it('has the 130 pages of the corpus', () => {
    expect(files).toHaveLength(130);
  });
  it.each(files)('%s scans none', (file) => {
    const { document } = parseHTML(readFileSync(join(CORPUS, file), 'utf8'));
    const page = extractPageText(document);
    expect(page.text.trim().length).toBeGreaterThan(0);
    for (const sensitivity of SENSITIVITIES) {
      const r = scan(index, page, { sensitivity });
      expect(r.verdict, `${file} at ${sensitivity}`).toBe('none');
    }
  });
});
