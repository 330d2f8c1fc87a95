// A small line chart (scorecard trend, occupancy over months), loaded
// lazily so ECharts stays out of the first load.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { LineChart as Line } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([Line, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  values: readonly number[];
}

export default function LineChart({ x, series, threshold, max }: { x: readonly string[]; series: readonly Series[]; threshold?: number; max?: number }) {
  const option = {
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? {} : undefined,
    grid: { left: 40, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: x },
    yAxis: { type: 'value', min: 0, max },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'line',
      data: s.values,
      markLine: i === 0 && threshold !== undefined ? { symbol: 'none', data: [{ yAxis: threshold }], lineStyle: { type: 'dashed', color: '#cf1322' } } : undefined,
    })),
  };
  return <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge />;
}
