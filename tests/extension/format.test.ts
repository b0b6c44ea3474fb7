import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../extension/format';

describe('formatDate', () => {
  it('formats bundle dates for the language, on the calendar day given', () => {
    expect(formatDate('2024-08-10', 'en')).toBe('August 10, 2024');
    expect(formatDate('2024-08-10', 'es')).toBe('10 de agosto de 2024');
    expect(formatDate('2024-01-01', 'en-GB')).toBe('1 January 2024');
  });

  it('formats month-only dates as months', () => {
    expect(formatDate('2024-02', 'en')).toBe('February 2024');
    expect(formatDate('2024-02', 'es')).toBe('febrero de 2024');
  });

  it('shows anything else as given', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('formatNumber', () => {
  it('groups digits for the language', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'es')).toBe('12.345');
  });
});
