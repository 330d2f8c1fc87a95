import { describe, expect, it } from 'vitest';
import { averages, defaultPeriod, formatDays, formatRate, percent, periodToApi, speedUpOf } from './statistics';
import { daysOption, ratesOption } from '../stats/chartOptions';

const labels = { promised: '承诺', actual: '实际', onTime: '按时', early: '提前', speedUp: '提速', satisfaction: '满意' };

describe('statistics formatting', () => {
  it('shows rates as percentages with at most one decimal', () => {
    expect(formatRate(0.7427, 'zh-CN')).toBe('74.3%');
    expect(formatRate(1, 'en')).toBe('100%');
    expect(formatRate(0, 'en')).toBe('0%');
    expect(formatRate(Number.NaN, 'en')).toBe('—');
  });

  it('shows working days with at most two decimals', () => {
    expect(formatDays(1.5714, 'zh-CN')).toBe('1.57');
    expect(formatDays(3, 'en')).toBe('3');
  });

  it('says faster or slower than promised', () => {
    // The seed's own figures: 1,889 promised days, 486 used → 74.27% faster.
    expect(speedUpOf(1 - 486 / 1889, 'zh-CN')).toEqual({ faster: true, text: '74.3%' });
    expect(speedUpOf(-0.125, 'en')).toEqual({ faster: false, text: '12.5%' });
  });

  it('averages promised and actual days per closed case', () => {
    expect(averages({ closed: 1260, promisedDays: 1889, actualDays: 486 }).actual).toBeCloseTo(0.3857, 3);
    expect(averages({ closed: 0, promisedDays: 0, actualDays: 0 })).toEqual({ promised: 0, actual: 0 });
  });
});

describe('statistics period', () => {
  it('sends whole days at the county’s midnight, the last day included', () => {
    expect(periodToApi('2025-01-01', '2025-12-31')).toEqual({ from: '2025-01-01T00:00:00+08:00', to: '2026-01-01T00:00:00+08:00' });
    expect(periodToApi('2024-02-01', '2024-02-29')).toEqual({ from: '2024-02-01T00:00:00+08:00', to: '2024-03-01T00:00:00+08:00' });
  });

  it('defaults to the twelve months up to today', () => {
    expect(defaultPeriod('2026-03-15')).toEqual(['2025-04-01', '2026-03-15']);
    expect(defaultPeriod('2026-12-31')).toEqual(['2026-01-01', '2026-12-31']);
  });
});

describe('chart options', () => {
  it('pairs promised and actual bars per service item', () => {
    const o = daysOption([{ name: '入壳孵化申请', promised: 5, actual: 1.5714 }], labels);
    expect(o.xAxis.data).toEqual(['入壳孵化申请']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['承诺', [5]],
      ['实际', [1.57]],
    ]);
  });

  it('draws the rates as percentages, a slow-down below zero in red', () => {
    const o = ratesOption({ onTime: 0.98765, early: 0.5, speedUp: -0.1, satisfaction: 1 }, labels);
    expect(o.series[0].data.map((d) => d.value)).toEqual([98.8, 50, -10, 100]);
    expect(o.series[0].data[2].itemStyle.color).toBe('#ff4d4f');
    expect(percent(0.74268)).toBe(74.3);
  });
});
