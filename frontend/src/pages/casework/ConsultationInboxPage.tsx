import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import type { MyConsultationsQuery } from '../../gql/graphql';
import { EmptyState, ErrorState } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { AnswerDialog } from './AnswerDialog';
import { MyConsultationsDocument } from './caseApi';
import { CaseStateTag } from './CaseStateTag';
import { consultationLate, todayYMD } from './model/urgency';

type Row = NonNullable<NonNullable<NonNullable<MyConsultationsQuery['consultations']['edges']>[number]>['node']>;

/** "征求意见": what the viewer's unit has been asked about, and the answer. */
export default function ConsultationInboxPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { user, caps } = useMe();
  const context = useMemo(() => ({ additionalTypenames: ['Consultation'] }), []);
  const [result, reexecute] = useQuery({ query: MyConsultationsDocument, variables: { assigneeID: user.id }, context });
  const [answering, setAnswering] = useState<Row | null>(null);
  const rows = (result.data?.consultations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const today = todayYMD();
  const canOpen = caps.has('case.read');

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('casework.inbox.case'),
      key: 'case',
      render: (_, r) => (
        <div>
          <div>
            {canOpen ? (
              <Link to={`/cases/${r.serviceCase.id}`} className="mono">
                {r.serviceCase.number}
              </Link>
            ) : (
              <span className="mono">{r.serviceCase.number}</span>
            )}{' '}
            <CaseStateTag state={r.serviceCase.state} />
          </div>
          <Typography.Text strong>{r.serviceCase.title}</Typography.Text>
          <div className="checklist-line__hint">{r.serviceCase.itemName}</div>
        </div>
      ),
    },
    { title: t('casework.consult.unit'), dataIndex: 'unit', key: 'unit' },
    {
      title: t('casework.consult.dueOn'),
      key: 'dueOn',
      render: (_, r) => (
        <span className="nowrap">
          {formatDate(r.dueOn, lang)} {consultationLate({ answer: 'PENDING', dueOn: r.dueOn }, today) ? <Tag color="red">{t('casework.consult.late')}</Tag> : null}
        </span>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Button type="primary" onClick={() => setAnswering(r)} data-testid="answer">
          {t('casework.inbox.answer')}
        </Button>
      ),
    },
  ];

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('casework.inbox.title')}
        </Typography.Title>
      </div>
      <Card>
        <Table
          rowKey="id"
          loading={result.fetching && !result.data}
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid="consultation-inbox"
          locale={{ emptyText: <EmptyState title={t('casework.inbox.empty')} /> }}
        />
      </Card>
      {answering ? <AnswerDialog id={answering.id} unit={answering.unit} onClose={() => setAnswering(null)} /> : null}
    </div>
  );
}
