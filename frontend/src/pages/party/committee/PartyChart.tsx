// The dashboard's bar and line charts, loaded lazily (React.lazy) so
// ECharts stays out of the first load; only the chart types used here
// are bundled (as the casework and incubation statistics do).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  values: readonly number[];
  colour?: string;
  /** Series with the same stack are drawn on top of each other. */
  stack?: string;
}

export interface PartyChartProps {
  type: 'bar' | 'line';
  x: readonly string[];
  series: readonly ChartSeries[];
  /** The value axis' top (100 for percentages). */
  max?: number;
  /** Appended to values in the tooltip and axis ("%"). */
  unit?: string;
  height?: number;
  /** Category labels turned so that long town names fit. */
  rotateLabels?: boolean;
}

export default function PartyChart({ type, x, series, max, unit = '', height = 280, rotateLabels }: PartyChartProps) {
  const option = {
    animationDuration: 500,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}${unit}` },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 48, right: 16, top: series.length > 1 ? 36 : 16, bottom: rotateLabels ? 72 : 32 },
    // (an axisLabel of undefined would hide the labels: leave the key out instead)
    xAxis: { type: 'category', data: x, ...(rotateLabels ? { axisLabel: { rotate: 40, interval: 0 } } : {}) },
    yAxis: { type: 'value', min: 0, max, axisLabel: { formatter: `{value}${unit}` }, minInterval: 1 },
    series: series.map((s) => ({
      name: s.name,
      type,
      data: s.values,
      stack: s.stack,
      smooth: type === 'line',
      itemStyle: s.colour ? { color: s.colour } : undefined,
      lineStyle: type === 'line' && s.colour ? { color: s.colour } : undefined,
      barMaxWidth: 36,
    })),
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge />;
}
