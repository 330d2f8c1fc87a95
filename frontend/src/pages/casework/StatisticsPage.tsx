import { Suspense, lazy, useMemo, useState } from 'react';
import { Card, DatePicker, Empty, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/States';
import { defaultPeriod, periodToApi } from './model/statistics';
import { todayYMD } from './model/urgency';
import { StatsCards } from './stats/StatsCards';
import { CaseStatisticsDocument, StatsServiceItemsDocument } from './stats/statsApi';
import { useItemDays } from './stats/useItemDays';

// ECharts is large: it loads with this page's charts, never with the app.
const StatsCharts = lazy(() => import('./stats/StatsCharts'));

/** "办件统计": the at-most-one-trip figures over a period, for all service items or one. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<[string, string]>(() => defaultPeriod(todayYMD()));
  const [serviceItemID, setServiceItemID] = useState<string | undefined>();
  const { from, to } = periodToApi(period[0], period[1]);
  const [result, reexecute] = useQuery({ query: CaseStatisticsDocument, variables: { serviceItemID, from, to } });
  const [itemsRes] = useQuery({ query: StatsServiceItemsDocument });
  const allItems = useMemo(() => (itemsRes.data?.serviceItems.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])), [itemsRes.data]);
  const chartItems = useMemo(
    () => (serviceItemID ? allItems.filter((i) => i.id === serviceItemID) : allItems),
    [allItems, serviceItemID],
  );
  const itemDays = useItemDays(chartItems, from, to);
  const s = result.data?.caseStatistics;

  const onRange = (v: [Dayjs | null, Dayjs | null] | null) => {
    if (v?.[0] && v[1]) setPeriod([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')]);
  };

  return (
    <div className="page" data-testid="stats-page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('casework.stats.title')}
        </Typography.Title>
      </div>
      <Card className="filter-card">
        <Space wrap>
          <span>{t('casework.stats.period')}</span>
          <DatePicker.RangePicker
            value={[dayjs(period[0]), dayjs(period[1])]}
            onChange={onRange}
            allowClear={false}
            aria-label={t('casework.stats.period')}
          />
          <Select
            allowClear
            placeholder={t('casework.stats.allItems')}
            aria-label={t('casework.stats.item')}
            value={serviceItemID}
            onChange={setServiceItemID}
            options={allItems.map((i) => ({ value: i.id, label: i.name }))}
            style={{ minWidth: 220 }}
            data-testid="stats-item"
          />
        </Space>
      </Card>
      {result.error && !s ? <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {!s && !result.error ? <Loading /> : null}
      {s && s.closed === 0 ? (
        <Card>
          <Empty description={t('casework.stats.noData')} />
        </Card>
      ) : null}
      {s && s.closed > 0 ? (
        <>
          <StatsCards s={s} />
          <Suspense fallback={<Loading tip={t('casework.stats.chartsLoading')} />}>
            <div className="stats-charts">
              <StatsCharts
                items={itemDays ?? []}
                rates={{ onTime: s.onTimeRate, early: s.earlyRate, speedUp: s.speedUp, satisfaction: s.satisfactionRate }}
                labels={{
                  promised: t('casework.stats.promised'),
                  actual: t('casework.stats.actual'),
                  onTime: t('casework.stats.onTimeRate'),
                  early: t('casework.stats.earlyRate'),
                  speedUp: t('casework.stats.speedUp'),
                  satisfaction: t('casework.stats.satisfactionRate'),
                }}
                titles={{ days: t('casework.stats.chartDays'), rates: t('casework.stats.chartRates') }}
              />
            </div>
          </Suspense>
        </>
      ) : null}
    </div>
  );
}
