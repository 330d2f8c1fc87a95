// Loaded lazily (React.lazy) by the statistics page, so ECharts stays out
// of the first load; only the chart types used here are bundled.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Card, Col, Row } from 'antd';
import { daysOption, ratesOption, type ChartLabels, type ItemDays, type Rates } from './chartOptions';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export default function StatsCharts({
  items,
  rates,
  labels,
  titles,
}: {
  items: readonly ItemDays[];
  rates: Rates;
  labels: ChartLabels;
  titles: { days: string; rates: string };
}) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={titles.days} size="small" data-testid="chart-days">
          <ReactEChartsCore echarts={echarts} option={daysOption(items, labels)} style={{ height: 320 }} notMerge />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={titles.rates} size="small" data-testid="chart-rates">
          <ReactEChartsCore echarts={echarts} option={ratesOption(rates, labels)} style={{ height: 320 }} notMerge />
        </Card>
      </Col>
    </Row>
  );
}
