import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { ErrorState } from '../../../components/States';
import { fenToDecimal, parseYuan } from '../../../lib/money';
import { Money } from '../shared/Money';
import { useRun } from '../shared/run';
import { FundBudgetsOfYearDocument, PublishGrantCallDocument, SetCallFundsDocument, UpdateGrantCallDocument } from './api';
import { CallForm, callToValues, toUpdateInput, type CallFormValues } from './CallForm';
import type { CallDetail } from './CallPage';
import { useMoneyRules } from './shared';
import { useGT } from './texts';

/** The call's settings (updateGrantCall), its budget lines (setCallFunds) and publishing. */
export function SettingsTab({ call, manage, onChanged }: { call: CallDetail; manage: boolean; onChanged: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const { modal } = AntApp.useApp();
  const [form] = Form.useForm<CallFormValues>();
  const initialValues = useMemo(() => callToValues(call), [call]);
  const [{ fetching: saving }, update] = useMutation(UpdateGrantCallDocument);
  const [{ fetching: publishing }, publish] = useMutation(PublishGrantCallDocument);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(update({ id: call.id, input: toUpdateInput(v) }), gt('call.saved'));
    if (ok) onChanged();
  };
  const confirmPublish = () =>
    modal.confirm({
      title: gt('call.publish'),
      content: gt('call.publishConfirm'),
      onOk: async () => {
        const ok = await run(publish({ id: call.id }), gt('call.published'));
        if (ok) onChanged();
      },
    });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {manage ? (
        <Space wrap>
          <Button type="primary" onClick={() => void save()} loading={saving} data-testid="save-call">
            {gt('call.edit')}
          </Button>
          {call.status === 'DRAFT' ? (
            <Button onClick={confirmPublish} loading={publishing} data-testid="publish-call">
              {gt('call.publish')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {call.status !== 'DRAFT' ? <Alert type="info" showIcon message={gt('form.draftOnly')} /> : null}
      <FundLines call={call} manage={manage} onChanged={onChanged} />
      <CallForm form={form} creating={false} initialValues={initialValues} disabled={!manage} />
    </Space>
  );
}

type Line = { fundBudgetID?: string; amount?: string };

/** The call's budget lines: which fund budgets of the call's year it draws on, and how much. */
function FundLines({ call, manage, onChanged }: { call: CallDetail; manage: boolean; onChanged: () => void }) {
  const { gt, t } = useGT();
  const run = useRun();
  const moneyRules = useMoneyRules({ required: true, positive: true });
  const [form] = Form.useForm<{ lines: Line[] }>();
  const [budgetsRes] = useQuery({ query: FundBudgetsOfYearDocument, variables: { year: call.year }, requestPolicy: 'cache-and-network' });
  const [{ fetching }, setFunds] = useMutation(SetCallFundsDocument);
  const [editing, setEditing] = useState(false);
  const lines = Form.useWatch('lines', form);
  const budgets = (budgetsRes.data?.fundBudgets.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const total = fenToDecimal((lines ?? []).reduce((acc, l) => acc + (parseYuan(l?.amount) ?? 0n), 0n));
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(
      setFunds({ id: call.id, lines: (v.lines ?? []).map((l) => ({ fundBudgetID: l.fundBudgetID ?? '', amount: (l.amount ?? '').trim() })) }),
      gt('call.linesSaved'),
    );
    if (ok) {
      setEditing(false);
      onChanged();
    }
  };
  return (
    <Card
      size="small"
      title={gt('call.fundLines')}
      extra={
        manage && !editing ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="edit-fund-lines">
            {gt('call.editLines')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{gt('call.fundLinesHint', { year: call.year })}</Typography.Paragraph>
      {!editing ? (
        <Table
          rowKey={(l) => l.fundBudget.id}
          size="small"
          pagination={false}
          dataSource={call.fundLines}
          columns={[
            { title: gt('call.fundBudget'), key: 'fund', render: (_, l) => `${l.fundBudget.fund.name}（${l.fundBudget.year}）` },
            { title: gt('call.lineAmount'), key: 'amount', align: 'right', render: (_, l) => <Money value={l.amount} /> },
            { title: gt('call.lineCommitted'), key: 'committed', align: 'right', render: (_, l) => <Money value={l.committed} /> },
            { title: gt('call.fundAvailable'), key: 'avail', align: 'right', render: (_, l) => <Money value={l.fundBudget.available} /> },
          ]}
        />
      ) : budgetsRes.error && !budgetsRes.data ? (
        <ErrorState error={budgetsRes.error} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ lines: call.fundLines.map((l) => ({ fundBudgetID: l.fundBudget.id, amount: l.amount })) }}
          data-testid="fund-lines-form"
        >
          <Form.List
            name="lines"
            rules={[
              {
                validator: async (_, rows: Line[] | undefined) => {
                  const ids = (rows ?? []).map((r) => r?.fundBudgetID).filter(Boolean);
                  if (new Set(ids).size !== ids.length) throw new Error(gt('call.duplicateLine'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="start" wrap>
                    <Form.Item name={[f.name, 'fundBudgetID']} rules={[{ required: true }]} style={{ minWidth: 320 }}>
                      <Select
                        placeholder={gt('call.fundBudget')}
                        notFoundContent={gt('call.noFundBudgets', { year: call.year })}
                        options={budgets.map((b) => ({
                          value: b.id,
                          label: (
                            <span>
                              {b.fund.name}（{b.year}）· {gt('call.fundAvailable')} <Money value={b.available} />
                            </span>
                          ),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'amount']} rules={moneyRules}>
                      <Input inputMode="decimal" placeholder={gt('call.lineAmount')} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label={gt('form.remove')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <Space wrap>
                  <Button icon={<PlusOutlined />} onClick={() => add({ amount: '' })}>
                    {gt('call.addLine')}
                  </Button>
                  <Typography.Text strong>{gt('call.linesTotal')}</Typography.Text>
                  <Money value={total} strong />
                </Space>
                <div style={{ marginTop: 12 }}>
                  <Space>
                    <Button type="primary" onClick={() => void save()} loading={fetching}>
                      {gt('call.saveLines')}
                    </Button>
                    <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
                  </Space>
                </div>
              </>
            )}
          </Form.List>
        </Form>
      )}
    </Card>
  );
}
