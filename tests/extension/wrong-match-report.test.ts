import { describe, expect, it } from 'vitest';
import { createTranslate, parseMessages, type Translate } from '../../extension/i18n';
import type { Finding, LeakFinding } from '../../extension/popup-view';
import {
  draftReport,
  REPORT_PASSAGES,
  reportChannel,
  reportHref,
} from '../../extension/wrong-match-report';

// Labels as keys make the test independent of the wording in locales/.
const t = ((key: string, ...args: unknown[]) =>
  args.length ? `${key}(${JSON.stringify(args)})` : key) as unknown as Translate;

const leak = (passages: number): LeakFinding => ({
  id: 'leak-a',
  title: 'Leak A',
  verdict: 'quotes',
  documents: [{ id: 'memo', title: 'The memo' }],
  matchedWords: 30,
  passages: Array.from({ length: passages }, (_, i) => ({
    frameId: 0,
    index: i,
    quote: `passage ${i}`,
    kind: 'phrase' as const,
    matchedWords: 3,
    document: { id: 'memo', title: 'The memo' },
  })),
  leak: null,
});

const finding = (passages = 2): Finding => ({
  verdict: 'quotes',
  passageCount: passages,
  leaks: [leak(passages)],
  notes: [],
});

const bundle = { id: 'b', version: 2, created: '2024-01-01' };

describe('draftReport', () => {
  it('holds the verdict, leak, documents, quotes and bundle, and no page address unless given', () => {
    const { subject, body } = draftReport({ finding: finding(), bundle, pageUrl: null }, t);
    expect(subject).toBe('report.subject([["quotes"]])');
    expect(body).toContain('report.verdict: verdict.quotes (quotes)');
    expect(body).toContain('report.leak: Leak A (quotes)');
    expect(body).toContain('report.documents: The memo');
    expect(body).toContain('  > passage 0\n  > passage 1');
    expect(body).toContain('report.bundle: b 2 (2024-01-01)');
    expect(body).not.toContain('report.page');
  });

  it('adds the page address only when the user chose to', () => {
    const { body } = draftReport(
      { finding: finding(), bundle, pageUrl: 'https://news.example/a' },
      t,
    );
    expect(body).toContain('report.page: https://news.example/a');
  });

  it('quotes a bounded number of passages and says how many more there are', () => {
    const { body } = draftReport({ finding: finding(12), bundle: null, pageUrl: null }, t);
    expect(body.match(/ {2}> passage/g)).toHaveLength(REPORT_PASSAGES);
    expect(body).toContain(`report.morePassages([${12 - REPORT_PASSAGES}])`);
  });
});

describe('reportHref', () => {
  const draft = { subject: 'S & T', body: 'line 1\nline 2' };

  it('prefills an email for a mailto: address', () => {
    expect(reportHref('mailto:r@leaklens.example', draft)).toBe(
      'mailto:r@leaklens.example?subject=S%20%26%20T&body=line%201%0Aline%202',
    );
    expect(reportChannel('mailto:r@leaklens.example')).toBe('email');
  });

  it('prefills a web form for an https: address', () => {
    const href = new URL(reportHref('https://leaklens.example/report?lang=en', draft)!);
    expect(href.searchParams.get('lang')).toBe('en');
    expect(href.searchParams.get('body')).toBe('line 1\nline 2');
    expect(reportChannel('https://leaklens.example/report')).toBe('web');
  });

  it('offers only copying without an address, or with an unusable one', () => {
    for (const address of [undefined, 'javascript:alert(1)', 'http://leaklens.example']) {
      expect(reportHref(address, draft)).toBeNull();
      expect(reportChannel(address)).toBe('copy');
    }
  });
});
