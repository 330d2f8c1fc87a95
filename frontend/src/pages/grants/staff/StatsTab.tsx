import { Card, Col, Empty, Progress, Row, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import type { CallStatisticsQuery } from '../../../gql/graphql';
import { Money } from '../shared/Money';
import { CallStatisticsDocument } from './api';
import type { CallDetail } from './CallPage';
import { useGT } from './texts';

type ByKey = CallStatisticsQuery['callStatistics']['byCategory'][number];
type AmountByKey = CallStatisticsQuery['grantYearStatistics']['byFund'][number];

/** The call's figures (by category and town, review progress, score distribution) and its year's awards by fund and category. */
export function StatsTab({ call }: { call: CallDetail }) {
  const { gt } = useGT();
  const [res, reexecute] = useQuery({ query: CallStatisticsDocument, variables: { callID: call.id, year: call.year }, requestPolicy: 'cache-and-network' });
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!res.data) return null;
  const s = res.data.callStatistics;
  const y = res.data.grantYearStatistics;
  const byKeyColumns: ColumnsType<ByKey> = [
    { title: gt('stats.key'), dataIndex: 'key', render: (k: string) => k || '—' },
    { title: gt('stats.count'), dataIndex: 'count', align: 'right' },
    { title: gt('stats.requested'), key: 'req', align: 'right', render: (_, r) => <Money value={r.requested} /> },
    { title: gt('stats.awarded'), key: 'aw', align: 'right', render: (_, r) => <Money value={r.awarded} /> },
  ];
  const amountColumns: ColumnsType<AmountByKey> = [
    { title: gt('stats.key'), dataIndex: 'key', render: (k: string) => k || '—' },
    { title: gt('stats.awarded'), key: 'amount', align: 'right', render: (_, r) => <Money value={r.amount} /> },
  ];
  const maxBucket = Math.max(1, ...s.scoreDistribution.map((b) => b.count));
  const reviewPercent = s.reviewsAssigned > 0 ? Math.round((s.reviewsDone / s.reviewsAssigned) * 100) : 0;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={gt('stats.call')}>
        <Row gutter={16}>
          <Col xs={12} md={4}>
            <Statistic title={gt('stats.proposals')} value={s.proposals} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={gt('stats.submitted')} value={s.submitted} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={gt('stats.requested')} valueRender={() => <Money value={s.requested} />} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={gt('stats.awarded')} valueRender={() => <Money value={s.awarded} />} />
          </Col>
          <Col xs={24} md={6}>
            <Typography.Text type="secondary">{gt('stats.reviews')}</Typography.Text>
            <Progress percent={reviewPercent} format={() => gt('stats.reviewsValue', { done: s.reviewsDone, assigned: s.reviewsAssigned })} />
          </Col>
        </Row>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={gt('stats.byCategory')}>
            <Table rowKey="key" size="small" pagination={false} columns={byKeyColumns} dataSource={s.byCategory} data-testid="by-category" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={gt('stats.byTown')}>
            <Table rowKey="key" size="small" pagination={false} columns={byKeyColumns} dataSource={s.byTown} data-testid="by-town" />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={gt('stats.distribution')}>
        {s.scoreDistribution.length === 0 ? (
          <Empty description={gt('stats.empty')} />
        ) : (
          <div data-testid="score-distribution">
            {s.scoreDistribution.map((b) => (
              <Row key={b.from} gutter={8} align="middle">
                <Col flex="100px">{gt('stats.band', { from: b.from, to: b.from + 10 })}</Col>
                <Col flex="auto">
                  <Progress percent={Math.round((b.count / maxBucket) * 100)} format={() => String(b.count)} />
                </Col>
              </Row>
            ))}
          </div>
        )}
      </Card>
      <Card
        size="small"
        title={gt('stats.year', { year: y.year })}
        extra={
          <Space>
            <span>
              {gt('stats.yearAwards')}: {y.awards}
            </span>
            <Money value={y.awarded} strong />
          </Space>
        }
      >
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{gt('stats.byFund')}</Typography.Title>
            <Table rowKey="key" size="small" pagination={false} columns={amountColumns} dataSource={y.byFund} />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{gt('stats.byCategory')}</Typography.Title>
            <Table rowKey="key" size="small" pagination={false} columns={amountColumns} dataSource={y.byCategory} />
          </Col>
        </Row>
      </Card>
    </Space>
  );
}
