import { Suspense, lazy, useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Empty, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import type { PartyCoverageForm, PartyStatisticsQuery } from '../../../gql/graphql';
import { formatNumber, type AppLocale } from '../../../lib/format';
import { CommitteeGate } from '../shared/access';
import { chinaYear } from '../shared/dates';
import { LoadBar } from '../shared/LoadBar';
import { COVERAGE_FORMS, FORM_COLOURS, hours, percent } from '../shared/model';
import { CoverageFormTag } from '../shared/tags';
import { usePT } from '../shared/texts';
import { PartyStatisticsDocument } from './api';

const PartyChart = lazy(() => import('./PartyChart'));

type Stats = PartyStatisticsQuery['partyStatistics'];
type Group = Stats['byTown'][number];

/** "2026-03" as the chart's month label: "3月" or "Mar". */
export function monthLabel(month: string, lang: AppLocale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'zh-CN', { month: 'short', timeZone: 'UTC' }).format(d);
}

function countOf(byForm: readonly { form: PartyCoverageForm; count: number }[], form: PartyCoverageForm): number {
  return byForm.find((f) => f.form === form)?.count ?? 0;
}

/** The committee's dashboard: coverage now and the work of a year (partyStatistics). */
export default function DashboardPage() {
  return (
    <CommitteeGate>
      <Dashboard />
    </CommitteeGate>
  );
}

function Dashboard() {
  const { pt } = usePT();
  const thisYear = chinaYear();
  const [year, setYear] = useState(thisYear);
  const [res, reexecute] = useQuery({ query: PartyStatisticsDocument, variables: { year } });
  const s = res.data?.partyStatistics;
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);

  return (
    <div className="page" data-testid="party-dashboard">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {pt('dashboard.title')}
        </Typography.Title>
        <Space>
          <span>{pt('dashboard.year')}</span>
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            aria-label={pt('dashboard.year')}
            data-testid="dashboard-year"
          />
        </Space>
      </div>
      {res.error && !s ? <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {!s ? res.fetching ? <Loading /> : null : <Figures s={s} />}
    </div>
  );
}

function Figures({ s }: { s: Stats }) {
  const { pt, t, lang } = usePT();
  const uncovered = countOf(s.byForm, 'UNCOVERED');
  const kindCount = (k: string) => s.partyOrganizations.find((p) => p.kind === k)?.count ?? 0;
  const partyOrgs = s.partyOrganizations.reduce((n, p) => n + p.count, 0);
  const activityCount = s.activitiesByType.reduce((n, a) => n + a.count, 0);
  const n = (v: number) => formatNumber(v, lang);

  const groupColumns = (keyTitle: string, label: (key: string) => string, forms: readonly PartyCoverageForm[]): ColumnsType<Group> => [
    { title: keyTitle, key: 'key', render: (_, g) => label(g.key) },
    { title: pt('field.total'), dataIndex: 'total', align: 'right' },
    { title: pt('field.covered'), dataIndex: 'covered', align: 'right' },
    {
      title: pt('field.rate'),
      key: 'rate',
      align: 'right',
      sorter: (a, b) => a.rate - b.rate,
      render: (_, g) => <span data-testid="group-rate">{pt('common.percent', { value: percent(g.rate) })}</span>,
    },
    ...forms.map((f) => ({
      title: pt(`formShort.${f}`),
      key: f,
      align: 'right' as const,
      responsive: ['md' as const],
      render: (_: unknown, g: Group) =>
        f === 'UNCOVERED' && countOf(g.byForm, f) > 0 ? (
          <Typography.Text type="danger">{countOf(g.byForm, f)}</Typography.Text>
        ) : (
          countOf(g.byForm, f)
        ),
    })),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Card data-testid="coverage-rate-card">
            <Statistic
              title={pt('dashboard.rate')}
              value={percent(s.rate)}
              suffix="%"
              valueStyle={{ fontSize: 44, fontWeight: 600, color: '#cf1322' }}
              valueRender={(node) => <span data-testid="coverage-rate">{node}</span>}
            />
            <Typography.Text type="secondary" data-testid="coverage-counts">
              {pt('dashboard.rateDetail', { covered: n(s.covered), total: n(s.total) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic
              title={pt('dashboard.uncovered')}
              value={uncovered}
              valueStyle={{ fontSize: 36, color: uncovered > 0 ? '#cf1322' : undefined }}
              valueRender={(node) => <span data-testid="uncovered-count">{node}</span>}
            />
            <Link to="/party/coverage?form=UNCOVERED" data-testid="uncovered-link">
              {pt('dashboard.uncoveredLink')}
            </Link>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic title={pt('dashboard.officers')} value={s.officerLoads.length} valueStyle={{ fontSize: 36 }} />
            <Typography.Text type="secondary">{pt('dashboard.officersDetail', { max: s.maxLoad })}</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic title={pt('dashboard.partyOrgs')} value={partyOrgs} valueStyle={{ fontSize: 36 }} />
            <Typography.Text type="secondary" data-testid="party-org-counts">
              {pt('dashboard.partyOrgsDetail', { committee: kindCount('COMMITTEE'), standalone: kindCount('STANDALONE'), joint: kindCount('JOINT') })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={pt('dashboard.byForm')} data-testid="by-form" style={{ height: '100%' }}>
            <FormBars byForm={s.byForm} total={s.total} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={pt('dashboard.byKind')} data-testid="by-kind" style={{ height: '100%' }}>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={s.byKind}
              columns={groupColumns(pt('field.orgKind'), (k) => t(`org.kind.${k}` as 'org.kind.SOCIAL_GROUP', { defaultValue: k }), ['UNCOVERED'])}
              scroll={{ x: true }}
            />
          </Card>
        </Col>
      </Row>

      <Card title={pt('dashboard.byTown')} data-testid="by-town">
        {s.byTown.length === 0 ? (
          <Empty description={pt('dashboard.noData')} />
        ) : (
          <>
            <Suspense fallback={<Loading />}>
              <PartyChart
                type="bar"
                x={s.byTown.map((g) => g.key)}
                series={COVERAGE_FORMS.map((f) => ({ name: pt(`formShort.${f}`), values: s.byTown.map((g) => countOf(g.byForm, f)), colour: FORM_COLOURS[f], stack: 'forms' }))}
                rotateLabels={s.byTown.length > 8}
                height={320}
              />
            </Suspense>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={s.byTown}
              columns={groupColumns(pt('field.town'), (k) => k, COVERAGE_FORMS)}
              scroll={{ x: true }}
              data-testid="by-town-table"
            />
          </>
        )}
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={pt('dashboard.trend', { year: s.year })} data-testid="trend">
            {s.trend.length === 0 ? (
              <Empty description={pt('dashboard.noData')} />
            ) : (
              <Suspense fallback={<Loading />}>
                <PartyChart
                  type="line"
                  x={s.trend.map((m) => monthLabel(m.month, lang))}
                  series={[{ name: pt('dashboard.rateSeries'), values: s.trend.map((m) => Number(percent(m.rate))), colour: '#cf1322' }]}
                  max={100}
                  unit="%"
                />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={pt('dashboard.visits', { year: s.year })} data-testid="visits">
            {s.visitsByMonth.every((m) => m.count === 0) ? (
              <Empty description={pt('dashboard.noVisits')} />
            ) : (
              <Suspense fallback={<Loading />}>
                <PartyChart
                  type="bar"
                  x={s.visitsByMonth.map((m) => monthLabel(m.month, lang))}
                  series={[{ name: pt('dashboard.visitSeries'), values: s.visitsByMonth.map((m) => m.count), colour: '#1677ff' }]}
                />
              </Suspense>
            )}
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={pt('dashboard.officerLoad')} data-testid="officer-loads">
            {s.officerLoads.length === 0 ? (
              <Empty description={pt('dashboard.noOfficers')} />
            ) : (
              <div style={{ maxHeight: 420, overflowY: 'auto' }}>
                <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                  <tbody>
                    {s.officerLoads.map((o) => (
                      <tr key={o.officer.id} data-testid="officer-load" data-officer={o.officer.id}>
                        <td style={{ padding: '6px 8px 6px 0' }}>
                          <div>{o.officer.name}</div>
                          {o.officer.unit ? (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {o.officer.unit}
                            </Typography.Text>
                          ) : null}
                        </td>
                        <td style={{ padding: '6px 0', textAlign: 'right' }}>
                          <LoadBar load={o.load} max={s.maxLoad} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={pt('dashboard.activities', { year: s.year })} data-testid="activities">
            <Row gutter={16} style={{ marginBottom: 12 }}>
              <Col span={12}>
                <Statistic title={pt('dashboard.hours')} value={hours(s.volunteerMinutes)} valueRender={(node) => <span data-testid="volunteer-hours">{node}</span>} />
              </Col>
              <Col span={12}>
                <Statistic title={pt('dashboard.pointsAwarded')} value={s.pointsAwarded} valueRender={(node) => <span data-testid="points-awarded">{node}</span>} />
              </Col>
            </Row>
            {activityCount === 0 ? (
              <Empty description={pt('dashboard.noActivities')} />
            ) : (
              <>
                <Typography.Paragraph type="secondary">
                  {pt('dashboard.activitiesTotal', { count: activityCount, hours: hours(s.volunteerMinutes) })}
                </Typography.Paragraph>
                <Table
                  rowKey="type"
                  size="small"
                  pagination={false}
                  dataSource={s.activitiesByType.filter((a) => a.count > 0)}
                  columns={[
                    { title: pt('field.type'), key: 'type', render: (_, a) => pt(`activityType.${a.type}`) },
                    { title: pt('field.count'), dataIndex: 'count', align: 'right' },
                    { title: pt('dashboard.hours'), key: 'hours', align: 'right', render: (_, a) => hours(a.volunteerMinutes) },
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/** Counts by form as horizontal bars (share of all organisations), each linking to the table. */
function FormBars({ byForm, total }: { byForm: Stats['byForm']; total: number }) {
  const { pt } = usePT();
  return (
    <div>
      {COVERAGE_FORMS.map((f) => {
        const count = countOf(byForm, f);
        const share = total > 0 ? count / total : 0;
        return (
          <Link key={f} to={`/party/coverage?form=${f}`} style={{ display: 'block', color: 'inherit', marginBottom: 12 }} data-testid="form-row" data-form={f}>
            <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 4 }}>
              <CoverageFormTag form={f} />
              <span>
                <strong data-testid="form-count">{count}</strong>{' '}
                <Typography.Text type="secondary">{pt('dashboard.ofTotal', { percent: percent(share) })}</Typography.Text>
              </span>
            </div>
            <div style={{ height: 10, background: '#f0f0f0', borderRadius: 5 }} aria-hidden>
              <div style={{ width: `${share * 100}%`, height: '100%', background: FORM_COLOURS[f], borderRadius: 5 }} />
            </div>
          </Link>
        );
      })}
    </div>
  );
}
