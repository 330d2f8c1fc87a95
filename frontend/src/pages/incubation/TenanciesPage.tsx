import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState } from '../../components/States';
import type { TenanciesQuery, TenancyStatus } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { TenanciesDocument } from './api';

type Row = NonNullable<NonNullable<NonNullable<TenanciesQuery['tenancies']['edges']>[number]>['node']>;
const PAGE = 20;

/** The tenant list: who is in incubation, where, until when and how ready. */
export default function TenanciesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [status, setStatus] = useState<TenancyStatus | 'ALL'>('ACTIVE');
  const paging = useCursorPaging(PAGE);
  const where = status === 'ALL' ? {} : { status };
  const context = useMemo(() => ({ additionalTypenames: ['Tenancy'] }), []);
  const [res, reexecute] = useQuery({ query: TenanciesDocument, variables: { ...paging.variables, where }, context });
  const conn = res.data?.tenancies;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const columns: ColumnsType<Row> = [
    {
      title: t('incubation.tenants.organization'),
      key: 'org',
      render: (_, r) => <Link to={`/incubation/tenancies/${r.id}`}>{r.organization.name}</Link>,
    },
    { title: t('incubation.tenants.stage'), key: 'stage', render: (_, r) => t(`incubation.stage.${r.stage}`) },
    { title: t('incubation.tenants.status'), key: 'status', render: (_, r) => t(`incubation.tenancyStatus.${r.status}`) },
    {
      title: t('incubation.tenants.space'),
      key: 'space',
      render: (_, r) => (r.virtual ? <Tag>{t('incubation.tenants.virtual')}</Tag> : r.seats.map((s) => `${s.space.code} ×${s.seats}`).join('、')),
    },
    { title: t('incubation.tenants.mentor'), key: 'mentor', render: (_, r) => r.mentor?.displayName ?? '—' },
    { title: t('incubation.tenants.endsOn'), key: 'ends', render: (_, r) => formatDate(r.endsOn, lang) },
    { title: t('incubation.tenants.score'), key: 'score', render: (_, r) => r.latestAssessment?.total ?? '—' },
    {
      title: t('incubation.tenants.ready'),
      key: 'ready',
      render: (_, r) => (r.status === 'ACTIVE' && r.graduationCheck.ready ? <Tag color="green">{t('incubation.tenants.ready')}</Tag> : null),
    },
  ];
  if (res.error && !conn) return <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('incubation.tenants.title')}
        </Typography.Title>
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as TenancyStatus | 'ALL');
            paging.reset();
          }}
          options={[
            { value: 'ACTIVE', label: t('incubation.tenancyStatus.ACTIVE') },
            { value: 'GRADUATED', label: t('incubation.tenancyStatus.GRADUATED') },
            { value: 'ALL', label: t('incubation.tenants.all') },
          ]}
        />
      </div>
      <Card>
        <Table
          rowKey="id"
          size="middle"
          loading={res.fetching && !conn}
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid="tenant-list"
          locale={{ emptyText: <EmptyState title={t('incubation.tenants.empty')} /> }}
        />
        {conn && conn.totalCount > 0 ? (
          <CursorPager paging={paging} pageInfo={conn.pageInfo} total={t('common.total', { total: formatNumber(conn.totalCount, lang) })} />
        ) : null}
      </Card>
    </div>
  );
}
