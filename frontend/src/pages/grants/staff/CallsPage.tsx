import { useMemo, useState } from 'react';
import { Button, Card, Form, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../../auth/AuthProvider';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import type { GrantCallsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { Money } from '../shared/Money';
import { useRun } from '../shared/run';
import { CreateGrantCallDocument, GrantCallsDocument, VentureServiceItemsDocument } from './api';
import { CallForm, DEFAULT_RUBRIC, toCreateInput, type CallFormValues } from './CallForm';
import { PhaseTag } from './shared';
import { useGT } from './texts';

type Call = NonNullable<NonNullable<NonNullable<GrantCallsQuery['grantCalls']['edges']>[number]>['node']>;

/** The county's venture-grant calls, newest first, with their budget; staff create a call here (a draft until published). */
export default function CallsPage() {
  const { gt, lang } = useGT();
  const { user } = useMe();
  const manage = user.permissions.includes('grant_call:create');
  const context = useMemo(() => ({ additionalTypenames: ['GrantCall'] }), []);
  const [res, reexecute] = useQuery({ query: GrantCallsDocument, context });
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const calls = (res.data?.grantCalls.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const columns: ColumnsType<Call> = [
    { title: gt('calls.year'), dataIndex: 'year', width: 80 },
    {
      title: gt('calls.callTitle'),
      key: 'title',
      render: (_, c) => <Link to={`/grants/calls/${encodeURIComponent(c.id)}`}>{c.title}</Link>,
    },
    {
      title: gt('calls.phase'),
      key: 'phase',
      render: (_, c) => (
        <Space size={4} wrap>
          <PhaseTag phase={c.phase} />
          {c.announcing ? <Tag color="gold">{gt('calls.announcing')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: gt('calls.period'),
      key: 'period',
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(c.opensAt, lang)} – {formatDateTime(c.closesAt, lang)}
        </span>
      ),
    },
    { title: gt('calls.budget'), key: 'budget', align: 'right', render: (_, c) => <Money value={c.budget} /> },
    { title: gt('calls.committed'), key: 'committed', align: 'right', render: (_, c) => <Money value={c.committed} /> },
    { title: gt('calls.available'), key: 'available', align: 'right', render: (_, c) => <Money value={c.available} strong /> },
  ];
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {gt('calls.title')}
        </Typography.Title>
        {manage ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="create-call">
            {gt('calls.create')}
          </Button>
        ) : null}
      </div>
      <Card>
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={calls}
          pagination={false}
          data-testid="calls"
          onRow={(c) => ({ onDoubleClick: () => navigate(`/grants/calls/${encodeURIComponent(c.id)}`) })}
          locale={{ emptyText: <EmptyState title={gt('calls.empty')} /> }}
        />
      </Card>
      {creating ? (
        <CreateCallDialog
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            navigate(`/grants/calls/${encodeURIComponent(id)}`);
          }}
        />
      ) : null}
    </div>
  );
}

function CreateCallDialog({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm<CallFormValues>();
  const [items] = useQuery({ query: VentureServiceItemsDocument });
  const [{ fetching }, create] = useMutation(CreateGrantCallDocument);
  const serviceItems = (items.data?.serviceItems.edges ?? [])
    .flatMap((e) => (e?.node ? [e.node] : []))
    .filter((s) => s.programme === 'venture_grant' && s.active)
    .map((s) => ({ value: s.id, label: `${s.name}（${s.code}）` }));
  const year = new Date().getFullYear();
  const initialValues: Partial<CallFormValues> = {
    year,
    categories: [],
    reviewersPerProposal: 3,
    announcementDays: 5,
    minMonthsRegistered: 0,
    orgKinds: [],
    rubric: DEFAULT_RUBRIC,
    questions: [],
    serviceItemID: serviceItems.length === 1 ? serviceItems[0].value : undefined,
  };
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const data = await run(create({ input: toCreateInput(v) }), gt('calls.created'));
    if (data) onDone(data.createGrantCall.id);
  };
  return (
    <Modal
      open
      title={gt('calls.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={fetching}
      width={1100}
      destroyOnHidden
      maskClosable={false}
    >
      {items.fetching && !items.data ? <Loading /> : <CallForm form={form} creating serviceItems={serviceItems} initialValues={initialValues} />}
    </Modal>
  );
}
