import { useState } from 'react';
import { Button, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { EmptyState, ErrorState } from '../../../components/States';
import type { MyReviewAssignmentsQuery } from '../../../gql/graphql';
import { AssignmentTag } from '../staff/shared';
import { useGT } from '../staff/texts';
import { MyReviewAssignmentsDocument } from './api';

type Row = NonNullable<NonNullable<NonNullable<MyReviewAssignmentsQuery['myReviewAssignments']['edges']>[number]>['node']>;

const PAGE = 50;

/**
 * The expert's review queue, to do first: the proposal, its organisation
 * (by name only), the call and the status, each opening the scoring page.
 */
export default function ReviewQueuePage() {
  const { gt, t } = useGT();
  const [after, setAfter] = useState<string[]>([]);
  const cursor = after.length ? after[after.length - 1] : undefined;
  const [res, reexecute] = useQuery({
    query: MyReviewAssignmentsDocument,
    variables: { first: PAGE, after: cursor },
    requestPolicy: 'cache-and-network',
  });
  const conn = res.data?.myReviewAssignments;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const columns: ColumnsType<Row> = [
    {
      title: gt('expert.proposal'),
      key: 'title',
      render: (_, r) => (r.proposal ? <Link to={`/reviews/${encodeURIComponent(r.id)}`}>{r.proposal.title}</Link> : gt('expert.proposalMissing')),
    },
    { title: gt('expert.organization'), key: 'org', render: (_, r) => r.proposal?.organizationName ?? '—' },
    { title: gt('expert.call'), key: 'call', render: (_, r) => (r.proposal ? `${r.proposal.call.title}（${r.proposal.call.year}）` : '—') },
    { title: gt('expert.status'), key: 'status', render: (_, r) => <AssignmentTag status={r.status} /> },
    { title: gt('expert.total'), key: 'total', align: 'right', render: (_, r) => r.total ?? '—' },
    {
      title: '',
      key: 'open',
      width: 90,
      render: (_, r) => (
        <Link to={`/reviews/${encodeURIComponent(r.id)}`}>
          <Button size="small" type={r.status === 'ASSIGNED' ? 'primary' : 'default'}>
            {r.status === 'ASSIGNED' ? gt('expert.open') : gt('expert.view')}
          </Button>
        </Link>
      ),
    },
  ];
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {gt('expert.queueTitle')}
        </Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{gt('expert.queueHint')}</Typography.Paragraph>
      <Card>
        {res.error && !conn ? (
          <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            loading={res.fetching && !conn}
            columns={columns}
            dataSource={rows}
            pagination={false}
            data-testid="review-queue"
            locale={{ emptyText: <EmptyState title={gt('expert.empty')} /> }}
          />
        )}
        {conn && (after.length > 0 || conn.pageInfo.hasNextPage) ? (
          <div style={{ marginTop: 12, display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
            <Button disabled={after.length === 0} onClick={() => setAfter((a) => a.slice(0, -1))}>
              {t('common.previous')}
            </Button>
            <Button
              disabled={!conn.pageInfo.hasNextPage}
              onClick={() => {
                const end = conn.pageInfo.endCursor;
                if (end) setAfter((a) => [...a, end]);
              }}
            >
              {t('common.next')}
            </Button>
          </div>
        ) : null}
        {conn ? <Typography.Text type="secondary">{t('common.total', { total: conn.totalCount })}</Typography.Text> : null}
      </Card>
    </div>
  );
}
