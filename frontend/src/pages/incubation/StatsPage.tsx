import { Suspense, lazy, useState } from 'react';
import { Card, Col, Input, Row, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { dateToApiTime, formatDate } from '../../lib/format';
import { StatsDocument } from './api';
import { todayYMD } from './shared';
import { useCentres } from './useCentre';

const LineChart = lazy(() => import('./LineChart'));

/** The centre's figures over a period: occupancy by month, stages, graduations, waiting and offers. */
export default function StatsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { res: cres, centres } = useCentres();
  const centre = centres[0];
  const yearAgo = `${new Date().getFullYear() - 1}-${todayYMD().slice(5)}`;
  const [from, setFrom] = useState(yearAgo);
  const [to, setTo] = useState(todayYMD());
  const [res, reexecute] = useQuery({
    query: StatsDocument,
    variables: { centreID: centre?.id ?? '', from: dateToApiTime(from), to: dateToApiTime(to) },
    pause: !centre,
  });
  if (cres.fetching && !cres.data) return <Loading />;
  if (!centre) return <EmptyState title={t('incubation.board.noCentre')} />;
  const s = res.data?.incubationStats;
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('incubation.stats.title')}
        </Typography.Title>
        <Space aria-label={t('incubation.stats.period')}>
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Space>
      </div>
      {res.error && !s ? <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {!s ? (
        res.fetching ? <Loading /> : null
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card><Statistic title={t('incubation.stats.avgMonths')} value={s.averageMonthsToGraduation ?? t('incubation.stats.none')} /></Card>
            </Col>
            <Col xs={12} md={6}>
              <Card><Statistic title={t('incubation.stats.waitlist')} value={s.waitlistLength} /></Card>
            </Col>
            <Col xs={12} md={6}>
              <Card><Statistic title={t('incubation.stats.avgWait')} value={s.averageWaitDays ?? t('incubation.stats.none')} /></Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('incubation.stats.offers')}
                  value={`${t('incubation.stats.accepted')} ${s.offersAccepted} / ${t('incubation.stats.declined')} ${s.offersDeclined} / ${t('incubation.stats.expired')} ${s.offersExpired}`}
                  valueStyle={{ fontSize: 16 }}
                />
              </Card>
            </Col>
          </Row>
          <Card title={t('incubation.stats.occupancy')} style={{ marginTop: 16 }} data-testid="occupancy-chart">
            {s.occupancy.length === 0 ? (
              <EmptyState title={t('incubation.stats.none')} />
            ) : (
              <Suspense fallback={<Loading />}>
                <LineChart
                  x={s.occupancy.map((p) => formatDate(p.on, lang))}
                  series={[
                    { name: t('incubation.stats.seatsUsed'), values: s.occupancy.map((p) => (p.seatsTotal ? Math.round((p.seatsUsed * 100) / p.seatsTotal) : 0)) },
                    { name: t('incubation.stats.areaUsed'), values: s.occupancy.map((p) => (p.areaTotal ? Math.round((p.areaUsed * 100) / p.areaTotal) : 0)) },
                  ]}
                  max={100}
                />
              </Suspense>
            )}
          </Card>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} md={12}>
              <Card title={t('incubation.stats.byStage')}>
                <Table
                  rowKey="stage"
                  size="small"
                  pagination={false}
                  dataSource={s.tenantsByStage}
                  columns={[
                    { title: t('incubation.tenants.stage'), key: 's', render: (_, r) => t(`incubation.stage.${r.stage}`) },
                    { title: '#', dataIndex: 'count' },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title={t('incubation.stats.graduated')}>
                <Table
                  rowKey="year"
                  size="small"
                  pagination={false}
                  dataSource={s.graduatedByYear}
                  locale={{ emptyText: <EmptyState title={t('incubation.stats.none')} /> }}
                  columns={[
                    { title: t('incubation.tenancy.year'), dataIndex: 'year' },
                    { title: '#', dataIndex: 'count' },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
