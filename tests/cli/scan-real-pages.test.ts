// False-positive guard: none of the 130 real pages beside the project concerns the 2024 leak, so
// with the built-in bundle every one must scan `none` (pages read in place, never copied).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../cli/bundle-source';
import { htmlPage } from '../../cli/page-input';
import { indexBundle, scanPageText } from '../../cli/scan-page';

const CORPUS = '/work/shared/corpus/real-pages';

describe('real pages with the built-in bundle', () => {
  it('all 130 scan none', () => {
    const index = indexBundle(loadBundle());
    const pages = readdirSync(CORPUS).filter((n) => n.endsWith('.html'));
    expect(pages.length).toBe(130);
    const flagged = pages
      .map((name) => scanPageText(index, name, htmlPage(readFileSync(join(CORPUS, name), 'utf8'))))
      .filter((report) => report.verdict !== 'none')
      .map(
        (report) =>
          `${report.input}: ${report.verdict} (${report.leaks.flatMap((l) => l.passages.map((p) => p.text)).join(' | ')})`,
      );
    expect(flagged).toEqual([]);
  });
});
