import { useMemo } from 'react';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { CasesDocument } from './caseApi';
import { NEWEST_FIRST, useCaseRowColumns } from './caseColumns';

const PAGE = 10;

/** An organisation's cases on its page, newest first, each linking to the case (privacy scopes the list). */
export function OrganizationCasesCard({ organizationID }: { organizationID: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const paging = useCursorPaging(PAGE);
  const columns = useCaseRowColumns();
  const context = useMemo(() => ({ additionalTypenames: ['Case'] }), []);
  const [result, reexecute] = useQuery({
    query: CasesDocument,
    variables: { ...paging.variables, orderBy: NEWEST_FIRST, where: { organizationID } },
    context,
  });
  const conn = result.data?.cases;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <Card title={t('casework.orgCases.title')} className="detail-card" data-testid="org-cases">
      {result.error && !conn ? (
        <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          <Table
            rowKey="id"
            size="small"
            loading={result.fetching && !conn}
            columns={columns}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: <EmptyState title={t('casework.orgCases.empty')} /> }}
          />
          {conn && conn.totalCount > PAGE ? (
            <CursorPager paging={paging} pageInfo={conn.pageInfo} total={t('common.total', { total: formatNumber(conn.totalCount, lang) })} />
          ) : null}
        </>
      )}
    </Card>
  );
}
