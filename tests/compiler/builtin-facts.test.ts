// The built-in bundle says nothing the facts file does not: every exact quote appears there
// verbatim, every link is one of its sources, and only the one unverified statement is a paraphrase.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../compiler/compile-rules';

const FACTS = readFileSync('/work/shared/facts/2024-trump-campaign.md', 'utf8');
const leak = compileRules({ rulesDir: 'rules', env: {} }).bundle.leaks.find(
  (l) => l.id === 'us-2024-trump-campaign',
);

describe('built-in 2024 leak against the facts file', () => {
  it('quotes every statement exactly as the facts file prints it', () => {
    const inexact = (leak?.statements ?? [])
      .filter((s) => !s.paraphrase && !FACTS.includes(`"${s.quote}"`))
      .map((s) => `${s.speaker}: ${s.quote.slice(0, 50)}`);
    expect(inexact).toEqual([]);
  });

  it('links only to sources listed in the facts file', () => {
    const urls = [
      ...(leak?.statements ?? []).flatMap((s) => [s.url, ...s.also]),
      ...(leak?.context.attribution ?? []).map((a) => a.url),
      ...(leak?.context.timeline ?? []).flatMap((t) => (t.url ? [t.url] : [])),
      ...(leak?.documents ?? []).flatMap((d) => d.urls),
    ];
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => !FACTS.includes(u))).toEqual([]);
  });

  it('has a statement from every party kind the facts file quotes', () => {
    const parties = new Set(leak?.statements.map((s) => s.party));
    expect([...parties].sort()).toEqual([
      'accused',
      'campaign',
      'government',
      'outlet',
      'platform',
      'publisher',
    ]);
  });
});
