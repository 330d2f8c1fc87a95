import { useMemo, useState } from 'react';
import { Button, Card, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { CasesDocument } from './caseApi';
import { NEWEST_FIRST, useCaseRowColumns } from './caseColumns';
import { OpenCaseDialog } from './OpenCaseDialog';

const PAGE = 20;

/** "我的办件": the cases of the viewer's organisations, newest first by when they were opened (privacy scopes the list). */
export default function MyCasesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { caps } = useMe();
  const paging = useCursorPaging(PAGE);
  const [opening, setOpening] = useState(false);
  const context = useMemo(() => ({ additionalTypenames: ['Case'] }), []);
  const [result, reexecute] = useQuery({
    query: CasesDocument,
    variables: { ...paging.variables, orderBy: NEWEST_FIRST },
    context,
  });
  const conn = result.data?.cases;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const columns = useCaseRowColumns();

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
