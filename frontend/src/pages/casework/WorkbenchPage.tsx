import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Checkbox, Input, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useMe } from '../../auth/AuthProvider';
import type { CaseState, WorkbenchCasesQuery } from '../../gql/graphql';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ActiveServiceItemsDocument } from './caseApi';
import { CaseStateTag } from './CaseStateTag';
import { DueCell } from './DueCell';
import { queueWhere } from './model/queue';
import { QUEUE_STATES } from './model/states';
import { caseUrgency, clockRunning, urgencyRowClass } from './model/urgency';

const WorkbenchCasesDocument = graphql(`
  query WorkbenchCases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: CaseWhereInput) {
    cases(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: DUE_ON, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...CaseRowFields
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

type Row = NonNullable<NonNullable<NonNullable<WorkbenchCasesQuery['cases']['edges']>[number]>['node']>;

const PAGE = 20;

/** "办件工作台": the handler's queue by due date, overdue in red, due soon in orange, paused shown. */
export default function WorkbenchPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const paging = useCursorPaging(PAGE);
  const [states, setStates] = useState<CaseState[]>([]);
  const [serviceItemID, setServiceItemID] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [followUps, setFollowUps] = useState(false);
  const { caps } = useMe();
  const where = useMemo(() => queueWhere({ states, serviceItemID, q, followUps }), [states, serviceItemID, q, followUps]);
  const context = useMemo(() => ({ additionalTypenames: ['Case'] }), []);
  const [result, reexecute] = useQuery({ query: WorkbenchCasesDocument, variables: { ...paging.variables, where }, context });
  const [items] = useQuery({ query: ActiveServiceItemsDocument });
  const conn = result.data?.cases;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const { reset } = paging;
  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    reset();
  };

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('casework.fields.number'),
      key: 'number',
      render: (_, r) => (
        <Link to={`/cases/${r.id}`} className="mono" data-testid="case-link">
          {r.number}
        </Link>
      ),
    },
    { title: t('casework.fields.title'), dataIndex: 'title', key: 'title' },
    { title: t('casework.fields.organization'), key: 'org', responsive: ['lg'], render: (_, r) => r.organization.name },
    { title: t('casework.fields.item'), dataIndex: 'itemName', key: 'item', responsive: ['md'] },
    { title: t('casework.fields.state'), key: 'state', render: (_, r) => <CaseStateTag state={r.state} /> },
    { title: t('casework.workbench.due'), key: 'due', render: (_, r) => <DueCell clock={r.clock} submittedAt={r.submittedAt} running={clockRunning(r.state)} /> },
  ];

  if (result.error && !conn) return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('casework.workbench.title')}
        </Typography.Title>
      </div>
      <Card className="filter-card">
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('casework.workbench.search')}
            aria-label={t('casework.workbench.search')}
            onSearch={change(setQ)}
            style={{ width: 220 }}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('casework.workbench.state')}
            aria-label={t('casework.workbench.state')}
            value={states}
            disabled={followUps}
            onChange={change(setStates)}
            options={QUEUE_STATES.map((s) => ({ value: s, label: t(`casework.state.${s}`) }))}
            style={{ minWidth: 220 }}
          />
          <Select
            allowClear
            placeholder={t('casework.workbench.item')}
            aria-label={t('casework.workbench.item')}
            value={serviceItemID}
            onChange={change(setServiceItemID)}
            options={(items.data?.serviceItems.edges ?? []).flatMap((e) => (e?.node ? [{ value: e.node.id, label: e.node.name }] : []))}
            style={{ minWidth: 200 }}
          />
          {caps.has('case.decide') ? (
            <Checkbox checked={followUps} onChange={(e) => change(setFollowUps)(e.target.checked)}>
              {t('casework.workbench.followUps')}
            </Checkbox>
          ) : null}
        </Space>
        <div className="workbench-legend">
          <Typography.Text type="secondary">{t('casework.workbench.legend')}</Typography.Text>
        </div>
      </Card>
      <Card>
        <Table
          rowKey="id"
          size="middle"
          loading={result.fetching && !conn}
          columns={columns}
          dataSource={rows}
          pagination={false}
          rowClassName={(r) => urgencyRowClass(caseUrgency(r.state, r.clock))}
          data-testid="workbench-table"
          locale={{ emptyText: <EmptyState title={t('casework.workbench.empty')} /> }}
        />
        {conn && conn.totalCount > 0 ? (
          <CursorPager paging={paging} pageInfo={conn.pageInfo} total={t('common.total', { total: formatNumber(conn.totalCount, lang) })} />
        ) : null}
      </Card>
    </div>
  );
}
