import { describe, expect, it } from 'vitest';
import { LeakContext } from '../../components/LeakContext';
import { PARTY_ORDER } from '../../components/StatementList';
import { PARTIES } from '../../engine/bundle';
import { all, renderDom, testBundle, textOf, uiFor } from './helpers';

const leak = testBundle().leaks[0]!;
const context = (language: 'en' | 'es' = 'en') =>
  renderDom(<LeakContext leak={leak} level={3} />, uiFor(language));

describe('LeakContext', () => {
  const doc = context();
  const statements = all(doc, '[data-testid="statement"]');

  it('renders every statement with its speaker, organization, date and party', () => {
    expect(statements).toHaveLength(leak.statements.length);
    for (const s of leak.statements) {
      const el = statements.find((e) => textOf(e).includes(s.speaker));
      expect(el?.getAttribute('data-party')).toBe(s.party);
      expect(textOf(el)).toContain(s.organization);
      expect(el?.querySelector('time')?.getAttribute('datetime')).toBe(s.date);
    }
  });

  it('links every https source, opening a new tab without referrer', () => {
    const httpsSources = leak.statements
      .flatMap((s) => [s.url, ...s.also])
      .filter((u) => u.startsWith('https:'));
    const hrefs = all(doc, '[data-testid="statement"] a').map((a) => a.getAttribute('href'));
    expect(hrefs.sort()).toEqual(httpsSources.sort());
    for (const a of all(doc, 'a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('never makes a javascript: or http: address a link, showing it as text', () => {
    expect(all(doc, 'a').filter((a) => !a.getAttribute('href')!.startsWith('https://'))).toEqual(
      [],
    );
    const unlinked = all(doc, '[data-testid="unlinked"]').map(textOf).join(' ');
    expect(unlinked).toContain('javascript:alert(1)');
    expect(unlinked).toContain('http://daily.example/note');
    expect(unlinked).toContain('http://insecure.example/c');
  });

  it('puts quotes in quotation marks and paraphrases without them, labelled', () => {
    const paraphrase = doc.querySelector('[data-testid="paraphrase"]');
    expect(textOf(paraphrase)).toBe('Paraphrase: They deny any involvement');
    expect(textOf(paraphrase)).not.toMatch(/[“”"«»]/);
    expect(all(doc, '[data-testid="quote"]').map(textOf)).toContain(
      '“These documents were stolen.”',
    );
  });

  it('groups statements by party in a fixed order, keeping the bundle order inside a group', () => {
    const parties = all(doc, '[data-testid="party"]').map((g) => g.getAttribute('data-party'));
    expect(parties).toEqual(['campaign', 'outlet', 'accused', 'researcher']);
    const campaign = doc.querySelector('[data-testid="party"][data-party="campaign"]');
    expect(textOf(campaign?.querySelector('h4'))).toBe('The targeted campaign');
    expect(all(campaign!, 'strong').map(textOf)).toEqual(['Cam Paign', 'Second Speaker']);
    expect([...PARTY_ORDER].sort()).toEqual([...PARTIES].sort());
  });

  it('shows summary, timeline and attribution with who, when and link', () => {
    expect(textOf(doc.querySelector('[data-testid="leak-context"] > p'))).toBe(leak.summary);
    const timeline = all(doc, '[data-testid="timeline"] li').map(textOf);
    expect(timeline[0]).toBe('February 2024: Mailboxes accessed.');
    expect(timeline[1]).toContain('March 2, 2024: Memos sent to newspapers.');
    const claim = doc.querySelector('[data-testid="attribution"] li');
    expect(textOf(claim)).toContain('Harbour CERT · March 5, 2024');
    expect(claim?.querySelector('a')?.getAttribute('href')).toBe('https://cert.example/gull');
  });

  it('uses Spanish quotation marks and dates in Spanish', () => {
    const es = context('es');
    expect(all(es, '[data-testid="quote"]').map(textOf)).toContain(
      '«These documents were stolen.»',
    );
    expect(textOf(es.querySelector('[data-testid="paraphrase"]'))).toMatch(/^Paráfrasis:/);
    expect(textOf(es.querySelector('[data-testid="timeline"] li'))).toMatch(/^febrero de 2024/);
  });
});
