import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { columnText, entityText, valueText } from './auditFormat';

beforeAll(() => {
  initI18n('zh-CN');
});

describe('audit page formatting', () => {
  it('names entities and columns in the reader’s language', () => {
    expect(entityText('ServiceCase', 'zh-CN')).toBe('办件');
    expect(entityText('ServiceCase', 'en')).toBe('Case');
    expect(columnText('submitted_at', 'zh-CN')).toBe('提交时间');
    expect(columnText('submitted_at', 'en')).toBe('Submitted at');
  });

  it('translates enum values by their column', () => {
    expect(valueText('state', 'SUBMITTED', 'zh-CN')).not.toBe('SUBMITTED');
    expect(valueText('state', 'SUBMITTED', 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(valueText('kind', 'SOCIAL_GROUP', 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(valueText('delegated', true, 'zh-CN')).toBe('是');
  });

  it('shows timestamps to the minute and dates as dates, without nanoseconds', () => {
    const when = valueText('submitted_at', '2026-12-03T09:41:27.123456789+08:00', 'zh-CN');
    expect(when).not.toMatch(/27|123|T|\+/);
    expect(when).toMatch(/2026/);
    expect(valueText('expires_on', '2026-12-03T00:00:00Z', 'zh-CN')).toBe('2026年12月3日');
    expect(valueText('expires_on', '2026-12-03T00:00:00Z', 'en')).toBe('Dec 3, 2026');
  });

  it('keeps names it has no translation for', () => {
    expect(columnText('brand_new_column', 'zh-CN')).toBe('brand_new_column');
    expect(valueText('title', '年度报告', 'zh-CN')).toBe('年度报告');
  });
});
