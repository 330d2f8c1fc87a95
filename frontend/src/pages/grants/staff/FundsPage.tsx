import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../../auth/AuthProvider';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import type { FundKind, FundLedgerQuery, GrantFundsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { formatYuan } from '../../../lib/money';
import { Money } from '../shared/Money';
import { useRun } from '../shared/run';
import { AllocateFundDocument, CreateFundDocument, FundsDocument, LedgerDocument } from './api';
import { moneyOrUndefined, useMoneyRules } from './shared';
import { useGT } from './texts';

type Fund = NonNullable<NonNullable<NonNullable<GrantFundsQuery['funds']['edges']>[number]>['node']>;
type Budget = Fund['budgets'][number];

const FUND_KINDS: FundKind[] = ['WELFARE_LOTTERY', 'FISCAL_BUDGET', 'COMMUNITY_FOUNDATION', 'SOCIAL_DONATIONS', 'OTHER'];

/**
 * The county's grant funds and their yearly budgets (allocated, committed,
 * disbursed, available) with each budget's ledger. Bureau admins create
 * funds and allocate money; finance and staff only read.
 */
export default function FundsPage() {
  const { gt } = useGT();
  const { user } = useMe();
  const manage = user.permissions.includes('fund:create');
  const context = useMemo(() => ({ additionalTypenames: ['Fund', 'FundBudget', 'LedgerEntry'] }), []);
  const [res, reexecute] = useQuery({ query: FundsDocument, context });
  const [creating, setCreating] = useState(false);
  const [allocating, setAllocating] = useState<Fund | null>(null);
  const [ledger, setLedger] = useState<{ fund: Fund; budget: Budget } | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  const funds = (res.data?.funds.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {gt('funds.title')}
        </Typography.Title>
        {manage ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="create-fund">
            {gt('funds.create')}
          </Button>
        ) : null}
      </div>
      {!manage ? <Alert type="info" showIcon message={gt('funds.readOnly')} style={{ marginBottom: 16 }} /> : null}
      {funds.length === 0 ? (
        <Card>
          <EmptyState title={gt('funds.empty')} hint={manage ? gt('funds.emptyHint') : undefined} />
        </Card>
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {funds.map((f) => (
            <FundCard
              key={f.id}
              fund={f}
              manage={manage}
              onAllocate={() => setAllocating(f)}
              onLedger={(b) => setLedger({ fund: f, budget: b })}
            />
          ))}
        </Space>
      )}
      {creating ? (
        <CreateFundDialog
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            refresh();
          }}
        />
      ) : null}
      {allocating ? (
        <AllocateDialog
          fund={allocating}
          onClose={() => setAllocating(null)}
          onDone={() => {
            setAllocating(null);
            refresh();
          }}
        />
      ) : null}
      {ledger ? <LedgerDialog fund={ledger.fund} budget={ledger.budget} onClose={() => setLedger(null)} /> : null}
    </div>
  );
}

function FundCard({ fund, manage, onAllocate, onLedger }: { fund: Fund; manage: boolean; onAllocate: () => void; onLedger: (b: Budget) => void }) {
  const { gt } = useGT();
  const columns: ColumnsType<Budget> = [
    { title: gt('funds.year'), dataIndex: 'year', width: 90 },
    { title: gt('funds.allocated'), key: 'allocated', align: 'right', render: (_, b) => <Money value={b.allocated} /> },
    { title: gt('funds.committed'), key: 'committed', align: 'right', render: (_, b) => <Money value={b.committed} /> },
    { title: gt('funds.disbursed'), key: 'disbursed', align: 'right', render: (_, b) => <Money value={b.disbursed} /> },
    { title: gt('funds.available'), key: 'available', align: 'right', render: (_, b) => <Money value={b.available} strong /> },
    {
      title: '',
      key: 'act',
      width: 90,
      render: (_, b) => (
        <Button size="small" onClick={() => onLedger(b)}>
          {gt('funds.ledger')}
        </Button>
      ),
    },
  ];
  return (
    <Card
      data-testid="fund-card"
      title={
        <Space wrap>
          <span>{fund.name}</span>
          <Tag>{gt(`fundKind.${fund.kind}`)}</Tag>
          {!fund.active ? <Tag>{gt('funds.inactive')}</Tag> : null}
        </Space>
      }
      extra={
        manage ? (
          <Button onClick={onAllocate} data-testid="allocate">
            {gt('funds.allocate')}
          </Button>
        ) : null
      }
    >
      {fund.description ? <Typography.Paragraph type="secondary">{fund.description}</Typography.Paragraph> : null}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={fund.budgets}
        pagination={false}
        locale={{ emptyText: gt('funds.noBudgets') }}
      />
    </Card>
  );
}

function CreateFundDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm();
  const [{ fetching }, create] = useMutation(CreateFundDocument);
  const submit = async () => {
    const v = await form.validateFields();
    const ok = await run(create({ input: { name: v.name.trim(), kind: v.kind, description: v.description?.trim() || undefined } }), gt('funds.created'));
    if (ok) onDone();
  };
  return (
    <Modal open title={gt('funds.create')} onCancel={onClose} onOk={() => void submit()} confirmLoading={fetching} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'WELFARE_LOTTERY' }}>
        <Form.Item name="name" label={gt('funds.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={gt('funds.kind')} rules={[{ required: true }]}>
          <Select options={FUND_KINDS.map((k) => ({ value: k, label: gt(`fundKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={gt('funds.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AllocateDialog({ fund, onClose, onDone }: { fund: Fund; onClose: () => void; onDone: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm();
  const moneyRules = useMoneyRules({ required: true, positive: true });
  const [{ fetching }, allocate] = useMutation(AllocateFundDocument);
  const submit = async () => {
    const v = await form.validateFields();
    const amount = moneyOrUndefined(v.amount) ?? '';
    const ok = await run(
      allocate({ fundID: fund.id, year: v.year, amount, memo: v.memo?.trim() || undefined }),
      gt('funds.allocatedOk', { amount: formatYuan(amount) }),
    );
    if (ok) onDone();
  };
  return (
    <Modal
      open
      title={gt('funds.allocateTitle', { fund: fund.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={fetching}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() }}>
        <Form.Item name="year" label={gt('funds.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="amount" label={gt('funds.amount')} rules={moneyRules}>
          <Input inputMode="decimal" placeholder="500000.00" data-testid="allocate-amount" />
        </Form.Item>
        <Form.Item name="memo" label={gt('funds.memo')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Entry = NonNullable<NonNullable<NonNullable<FundLedgerQuery['ledgerEntries']['edges']>[number]>['node']>;

function LedgerDialog({ fund, budget, onClose }: { fund: Fund; budget: Budget; onClose: () => void }) {
  const { gt, lang } = useGT();
  const [res] = useQuery({ query: LedgerDocument, variables: { fundBudgetID: budget.id }, requestPolicy: 'network-only' });
  const rows = (res.data?.ledgerEntries.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const columns: ColumnsType<Entry> = [
    { title: gt('funds.date'), key: 'date', render: (_, r) => formatDateTime(r.createdAt, lang), width: 170 },
    { title: gt('funds.kindCol'), key: 'kind', render: (_, r) => gt(`ledgerKind.${r.kind}`), width: 90 },
    { title: gt('funds.amount'), key: 'amount', align: 'right', render: (_, r) => <Money value={r.amount} /> },
    { title: gt('funds.memo'), dataIndex: 'memo' },
  ];
  return (
    <Modal open title={gt('funds.ledgerTitle', { fund: fund.name, year: budget.year })} onCancel={onClose} footer={null} width={820}>
      <Typography.Paragraph type="secondary">{gt('funds.ledgerHint')}</Typography.Paragraph>
      {res.error && !res.data ? (
        <ErrorState error={res.error} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={res.fetching && !res.data}
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid="ledger"
          locale={{ emptyText: gt('funds.ledgerEmpty') }}
        />
      )}
    </Modal>
  );
}
