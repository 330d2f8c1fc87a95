import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Table, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import type { CaseRowFieldsFragment } from '../../gql/graphql';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { CasesDocument } from './caseApi';
import { CaseStateTag } from './CaseStateTag';
import { DueCell } from './DueCell';
import { OpenCaseDialog } from './OpenCaseDialog';
import { clockRunning } from './model/urgency';

const PAGE = 20;

/** "我的办件": the cases of the viewer's organisations, newest first (privacy scopes the list). */
export default function MyCasesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { caps } = useMe();
  const paging = useCursorPaging(PAGE);
  const [opening, setOpening] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['Case'] }), []);
  const [result, reexecute] = useQuery({
    query: CasesDocument,
    variables: { ...paging.variables, orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
    context,
  });
  const conn = result.data?.cases;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const columns: TableProps<CaseRowFieldsFragment>['columns'] = [
    {
      title: t('casework.fields.number'),
      key: 'number',
      render: (_, r) => (
        <Link to={`/cases/${r.id}`} data-testid="case-link">
          {r.number ?? t('casework.noNumber')}
        </Link>
      ),
    },
    { title: t('casework.fields.title'), dataIndex: 'title', key: 'title' },
    { title: t('casework.fields.item'), dataIndex: 'itemName', key: 'item', responsive: ['md'] },
    { title: t('casework.fields.state'), key: 'state', render: (_, r) => <CaseStateTag state={r.state} /> },
    {
      title: t('casework.fields.submittedAt'),
      key: 'submittedAt',
      responsive: ['lg'],
      render: (_, r) => formatDate(r.submittedAt, lang),
    },
    {
      title: t('casework.fields.dueOn'),
      key: 'due',
      responsive: ['md'],
      render: (_, r) => (r.clock ? <DueCell clock={r.clock} running={clockRunning(r.state)} /> : null),
    },
  ];

  if (result.error && !conn) return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('casework.mine.title')}
        </Typography.Title>
        {caps.has('case.apply') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="open-case">
            {t('casework.mine.apply')}
          </Button>
        ) : null}
      </div>
      <Card>
        <Table
          rowKey="id"
          size="middle"
          loading={result.fetching && !conn}
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid="my-cases"
          locale={{ emptyText: <EmptyState title={t('casework.mine.empty')} hint={t('casework.mine.emptyHint')} /> }}
        />
        {conn && conn.totalCount > 0 ? (
          <CursorPager paging={paging} pageInfo={conn.pageInfo} total={t('common.total', { total: formatNumber(conn.totalCount, lang) })} />
        ) : null}
      </Card>
      {opening ? <OpenCaseDialog onClose={() => setOpening(false)} /> : null}
    </div>
  );
}
