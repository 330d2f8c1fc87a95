import { describe, expect, it } from 'vitest';
import { apiTimeToDate, dateToApiTime, formatDate, formatFileSize, formatNumber } from './format';

describe('format', () => {
  it('formats calendar dates per locale without time-zone drift', () => {
    expect(formatDate('2018-03-05T00:00:00Z', 'zh-CN')).toBe('2018年3月5日');
    expect(formatDate('2018-03-05T00:00:00+08:00', 'en')).toBe('Mar 5, 2018');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('converts between form dates and API times', () => {
    expect(dateToApiTime('2020-01-31')).toBe('2020-01-31T00:00:00Z');
    expect(apiTimeToDate('2020-01-31T00:00:00Z')).toBe('2020-01-31');
    expect(apiTimeToDate(null)).toBe('');
  });

  it('formats file sizes in binary units', () => {
    expect(formatFileSize(0, 'zh-CN')).toBe('0 B');
    expect(formatFileSize(1023, 'zh-CN')).toBe('1,023 B');
    expect(formatFileSize(1024, 'en')).toBe('1 KB');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(200 * 1024 + 100, 'zh-CN')).toBe('200 KB');
    expect(formatFileSize(20 * 1024 * 1024, 'en')).toBe('20 MB');
    expect(formatFileSize(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
    // Just under 1 MB rounds up to the next unit, never "1,024 KB".
    expect(formatFileSize(1024 * 1024 - 1, 'en')).toBe('1 MB');
    expect(formatFileSize(-1, 'en')).toBe('');
  });
});
