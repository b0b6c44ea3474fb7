import { describe, expect, it } from 'vitest';
import {
  badgeFor,
  mostSevereVerdict,
  type FrameReport,
  type TabState,
} from '../../extension/tab-state';

const frame = (verdict: FrameReport['verdict'], passages: number, frameId = 0) => ({
  frameId,
  status: 'scanned' as const,
  verdict,
  leaks: [],
  passages: Array.from({ length: passages }, (_, index) => ({
    index,
    leak: 'l',
    kind: 'phrase' as const,
    verdict,
    quote: '',
    matchedWords: 12,
  })),
  bundle: { id: 'b', version: 1, created: '2026-01-01' },
});
const tab = (...frames: ReturnType<typeof frame>[]): TabState => ({
  tabId: 1,
  url: 'https://x.test/',
  frames,
});

describe('verdicts and badge', () => {
  it('orders verdicts by severity', () => {
    expect(mostSevereVerdict(['discusses', 'quotes', 'links'])).toBe('quotes');
    expect(mostSevereVerdict(['none', 'republishes'])).toBe('republishes');
    expect(mostSevereVerdict([])).toBe('none');
  });

  it('shows the passage count across frames for text verdicts', () => {
    expect(badgeFor(tab(frame('quotes', 2), frame('republishes', 3, 4)))).toEqual({
      text: '5',
      color: '#a52714',
    });
  });

  it('shows a sign for links and discusses, and nothing for none or no state', () => {
    expect(badgeFor(tab(frame('links', 0))).text).toBe('↗');
    expect(badgeFor(tab(frame('discusses', 0))).text).toBe('i');
    expect(badgeFor(tab(frame('none', 0))).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });

  it('caps the count so it fits on the badge', () => {
    expect(badgeFor(tab(frame('republishes', 1200))).text).toBe('999+');
  });
});
