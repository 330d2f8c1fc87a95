import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Card, Col, Descriptions, Row, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useMe } from '../../../auth/AuthProvider';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import type { GrantCallQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { Money } from '../shared/Money';
import { GrantCallDocument } from './api';
import { AnnounceTab } from './AnnounceTab';
import { RankingTab } from './RankingTab';
import { ReviewTab } from './ReviewTab';
import { SettingsTab } from './SettingsTab';
import { PhaseTag } from './shared';
import { StatsTab } from './StatsTab';
import { useGT } from './texts';

export type CallDetail = Extract<NonNullable<GrantCallQuery['node']>, { fundLines: unknown }>;

const TABS = ['settings', 'review', 'ranking', 'announce', 'stats'] as const;
type TabKey = (typeof TABS)[number];

/**
 * One call: its settings and budget lines, the review panel and assignment
 * board, the ranked list and the decisions, the announcement with its
 * objections, and its figures. The tab is kept in the address (?tab=).
 */
export default function CallPage() {
  const { gt, lang } = useGT();
  const { id = '' } = useParams();
  const { user } = useMe();
  const manage = user.permissions.includes('grant_call:update');
  const [search, setSearch] = useSearchParams();
  const tabParam = search.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabKey) : 'settings';
  const context = useMemo(() => ({ additionalTypenames: ['GrantCall', 'Award', 'FundBudget'] }), []);
  const [res, reexecute] = useQuery({ query: GrantCallDocument, variables: { id }, context });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  const node = res.data?.node;
  if (!node || !('fundLines' in node)) return <EmptyState title={gt('call.notFound')} />;
  const call = node as CallDetail;

  return (
    <div className="page">
      <Space direction="vertical" size={4} style={{ marginBottom: 12 }}>
        <Link to="/grants/calls">
          <ArrowLeftOutlined /> {gt('call.back')}
        </Link>
        <Space wrap align="center">
          <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
            {call.title}
          </Typography.Title>
          <PhaseTag phase={call.phase} />
          {call.announcing ? <Tag color="gold">{gt('calls.announcing')}</Tag> : null}
        </Space>
      </Space>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={gt('calls.year')}>{call.year}</Descriptions.Item>
              <Descriptions.Item label={gt('calls.period')}>
                {formatDateTime(call.opensAt, lang)} – {formatDateTime(call.closesAt, lang)}
              </Descriptions.Item>
              <Descriptions.Item label={gt('call.serviceItem')}>{call.serviceItem.name}</Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={gt('call.budget')} valueRender={() => <Money value={call.budget} />} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={gt('call.committed')} valueRender={() => <Money value={call.committed} />} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={gt('call.available')} valueRender={() => <Money value={call.available} strong />} />
          </Col>
        </Row>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => setSearch((s) => ({ ...Object.fromEntries(s), tab: k }), { replace: true })}
        destroyOnHidden
        items={[
          { key: 'settings', label: gt('call.tabs.settings'), children: <SettingsTab call={call} manage={manage} onChanged={refresh} /> },
          { key: 'review', label: gt('call.tabs.review'), children: <ReviewTab call={call} manage={manage} /> },
          { key: 'ranking', label: gt('call.tabs.ranking'), children: <RankingTab call={call} manage={manage} onChanged={refresh} /> },
          { key: 'announce', label: gt('call.tabs.announce'), children: <AnnounceTab call={call} manage={manage} onChanged={refresh} /> },
          { key: 'stats', label: gt('call.tabs.stats'), children: <StatsTab call={call} /> },
        ]}
      />
    </div>
  );
}
