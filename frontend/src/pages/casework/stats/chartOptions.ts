import { percent } from '../model/statistics';

/** One service item's average promised and actual working days per closed case. */
export interface ItemDays {
  name: string;
  promised: number;
  actual: number;
}

export interface Rates {
  onTime: number;
  early: number;
  speedUp: number;
  satisfaction: number;
}

export interface ChartLabels {
  promised: string;
  actual: string;
  onTime: string;
  early: string;
  speedUp: string;
  satisfaction: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** ECharts option: promised vs actual average working days, one pair of bars per service item. */
export function daysOption(items: readonly ItemDays[], l: ChartLabels) {
  return {
    // A dashboard read at a glance: no growing bars (and nothing moving for those who prefer less motion).
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [l.promised, l.actual] },
    grid: { left: 40, right: 16, bottom: 40, top: 40, containLabel: true },
    xAxis: { type: 'category', data: items.map((i) => i.name), axisLabel: { interval: 0, overflow: 'break', width: 96, lineHeight: 16 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: l.promised, type: 'bar', data: items.map((i) => round2(i.promised)), itemStyle: { color: '#91caff' } },
      { name: l.actual, type: 'bar', data: items.map((i) => round2(i.actual)), itemStyle: { color: '#1677ff' } },
    ],
  };
}

/** ECharts option: the rates as percentage bars (a negative speed-up shows below zero). */
export function ratesOption(r: Rates, l: ChartLabels) {
  const names = [l.onTime, l.early, l.speedUp, l.satisfaction];
  const values = [r.onTime, r.early, r.speedUp, r.satisfaction].map(percent);
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    grid: { left: 40, right: 16, bottom: 40, top: 24, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, overflow: 'break', width: 72 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        data: values.map((v) => ({ value: v, itemStyle: { color: v < 0 ? '#ff4d4f' : '#52c41a' } })),
        label: { show: true, position: 'top', formatter: '{c}%' },
        barMaxWidth: 48,
      },
    ],
  };
}
