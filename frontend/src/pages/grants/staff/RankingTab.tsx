import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Col, Input, Radio, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading, useErrorText } from '../../../components/States';
import type { AwardDecisionInput, RankedProposalsQuery } from '../../../gql/graphql';
import { firstApiError } from '../../../lib/errors';
import { compareYuan, formatYuan, parseYuan } from '../../../lib/money';
import { Money } from '../shared/Money';
import { DecideProposalsDocument, RankedProposalsDocument } from './api';
import { budgetLeft, type DraftDecision } from './budget';
import type { CallDetail } from './CallPage';
import { AwardTag, ProposalTag } from './shared';
import { useGT } from './texts';

type Ranked = RankedProposalsQuery['rankedProposals'][number];
type Draft = DraftDecision & { conditions: string; reason: string };
type AmountProblem = 'invalid' | 'overRequest' | 'outOfRange' | null;

/** What is wrong with an award's amount: not an amount, above the request, outside the call's minimum and maximum. */
function amountProblem(amount: string, requested: string, min: string, max: string): AmountProblem {
  const fen = parseYuan(amount);
  if (fen === null || fen <= 0n) return 'invalid';
  if (compareYuan(amount, requested) === 1) return 'overRequest';
  if (compareYuan(amount, min) === -1 || compareYuan(amount, max) === 1) return 'outOfRange';
  return null;
}

/**
 * The call's proposals ranked by mean score, and the decisions: select
 * rows, award each an amount (the request by default) with conditions or
 * reject it with a reason, watching the budget left change as you type
 * (exact, in fen), then submit them as one batch, which the server refuses
 * whole when it does not fit the budget.
 */
export function RankingTab({ call, manage, onChanged }: { call: CallDetail; manage: boolean; onChanged: () => void }) {
  const { gt, t } = useGT();
  const { modal, message } = AntApp.useApp();
  const errorText = useErrorText();
  const context = useMemo(() => ({ additionalTypenames: ['Award', 'Proposal', 'ReviewAssignment'] }), []);
  const [res, reexecute] = useQuery({ query: RankedProposalsDocument, variables: { callID: call.id }, context, requestPolicy: 'cache-and-network' });
  const [{ fetching: deciding }, decide] = useMutation(DecideProposalsDocument);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [refused, setRefused] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const rows = useMemo(() => res.data?.rankedProposals ?? [], [res.data]);
  const selected = Object.keys(drafts);
  const left = budgetLeft(call.available, Object.values(drafts));

  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;

  const decidable = (r: Ranked) => manage && !r.award && r.proposal.status === 'SUBMITTED';
  const setDraft = (id: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } }));
  const onSelect = (keys: React.Key[]) => {
    setRefused(null);
    setDrafts((d) => {
      const next: Record<string, Draft> = {};
      for (const k of keys.map(String)) {
        const r = rows.find((x) => x.proposal.id === k);
        next[k] = d[k] ?? { kind: 'AWARD', amount: r?.requested ?? '', conditions: '', reason: '' };
      }
      return next;
    });
  };

  const problems = selected.map((id) => {
    const d = drafts[id];
    const r = rows.find((x) => x.proposal.id === id);
    if (!r) return null;
    if (d.kind === 'AWARD') return amountProblem(d.amount, r.requested, call.minAmount, call.maxAmount);
    return d.reason.trim() === '' ? 'reason' : null;
  });
  const hasProblems = problems.some((p) => p !== null);

  const submit = () => {
    if (hasProblems) {
      message.error(gt('ranking.fix'));
      return;
    }
    const decisions: AwardDecisionInput[] = selected.map((id) => {
      const d = drafts[id];
      return d.kind === 'AWARD'
        ? { proposalID: id, amount: d.amount.trim(), conditions: d.conditions.trim() || undefined }
        : { proposalID: id, reason: d.reason.trim() };
    });
    const awarded = decisions.filter((d) => d.amount).length;
    modal.confirm({
      title: gt('ranking.submit', { n: decisions.length }),
      content: gt('ranking.submitConfirm', { awarded, rejected: decisions.length - awarded, amount: formatYuan(left.awarding) }),
      onOk: async () => {
        const r = await decide({ callID: call.id, decisions });
        if (r.error) {
          const text = errorText(firstApiError(r.error));
          setRefused(text);
          message.error(text);
          return;
        }
        if (r.data) {
          const b = r.data.decideProposals;
          message.success(gt('ranking.done', { awarded: b.awarded, rejected: b.rejected, available: formatYuan(b.available) }));
          setDrafts({});
          setRefused(null);
          refresh();
          onChanged();
        }
      },
    });
  };

  const columns: ColumnsType<Ranked> = [
    { title: gt('ranking.rank'), dataIndex: 'rank', width: 60, fixed: 'left' },
    {
      title: gt('ranking.proposal'),
      key: 'title',
      width: 220,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.proposal.title}</span>
          <Typography.Text type="secondary">{r.organizationName}</Typography.Text>
        </Space>
      ),
    },
    { title: gt('ranking.category'), key: 'cat', render: (_, r) => r.proposal.category },
    { title: gt('ranking.requested'), key: 'requested', align: 'right', render: (_, r) => <Money value={r.requested} /> },
    {
      title: gt('ranking.reviews'),
      key: 'reviews',
      render: (_, r) => (
        <Typography.Text type={r.reviewsDone < r.reviewsAssigned ? 'warning' : undefined}>
          {gt('ranking.reviewsValue', { done: r.reviewsDone, assigned: r.reviewsAssigned })}
        </Typography.Text>
      ),
    },
    { title: gt('ranking.mean'), key: 'mean', align: 'right', render: (_, r) => r.mean ?? '—' },
    { title: gt('ranking.trimmedMean'), key: 'tmean', align: 'right', render: (_, r) => r.trimmedMean ?? '—' },
    {
      title: gt('ranking.spread'),
      key: 'spread',
      align: 'right',
      render: (_, r) =>
        r.disagreement ? (
          <Tooltip title={gt('ranking.disagreement')}>
            <Tag color="red" icon={<WarningOutlined />} data-testid="disagreement">
              {r.spread ?? '—'}
            </Tag>
          </Tooltip>
        ) : (
          (r.spread ?? '—')
        ),
    },
    {
      title: gt('ranking.decision'),
      key: 'decision',
      width: 380,
      render: (_, r) => {
        if (r.award) {
          return (
            <Space wrap>
              <AwardTag status={r.award.status} />
              <Money value={r.award.amount} />
              {r.award.conditions ? <Typography.Text type="secondary">{r.award.conditions}</Typography.Text> : null}
            </Space>
          );
        }
        const d = drafts[r.proposal.id];
        if (!d) return r.proposal.status !== 'SUBMITTED' ? <ProposalTag status={r.proposal.status} /> : null;
        const problem = d.kind === 'AWARD' ? amountProblem(d.amount, r.requested, call.minAmount, call.maxAmount) : null;
        return (
          <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="decision-editor">
            <Radio.Group
              size="small"
              value={d.kind}
              onChange={(e) => setDraft(r.proposal.id, { kind: e.target.value as Draft['kind'] })}
              optionType="button"
              options={[
                { value: 'AWARD', label: gt('ranking.award') },
                { value: 'REJECT', label: gt('ranking.reject') },
              ]}
            />
            {d.kind === 'AWARD' ? (
              <>
                <Input
                  size="small"
                  inputMode="decimal"
                  addonBefore="¥"
                  aria-label={gt('ranking.amount')}
                  value={d.amount}
                  status={problem ? 'error' : undefined}
                  onChange={(e) => setDraft(r.proposal.id, { amount: e.target.value })}
                  data-testid="award-amount"
                />
                {problem === 'invalid' ? <Typography.Text type="danger">{gt('money.invalid')}</Typography.Text> : null}
                {problem === 'overRequest' ? <Typography.Text type="danger">{gt('ranking.amountOverRequest')}</Typography.Text> : null}
                {problem === 'outOfRange' ? (
                  <Typography.Text type="danger">
                    {gt('ranking.outOfRange', { min: formatYuan(call.minAmount), max: formatYuan(call.maxAmount) })}
                  </Typography.Text>
                ) : null}
                <Input
                  size="small"
                  placeholder={gt('ranking.conditions')}
                  aria-label={gt('ranking.conditions')}
                  value={d.conditions}
                  onChange={(e) => setDraft(r.proposal.id, { conditions: e.target.value })}
                />
              </>
            ) : (
              <Input.TextArea
                rows={2}
                placeholder={gt('ranking.reasonRequired')}
                aria-label={gt('ranking.reason')}
                status={d.reason.trim() === '' ? 'error' : undefined}
                value={d.reason}
                onChange={(e) => setDraft(r.proposal.id, { reason: e.target.value })}
              />
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" data-testid="budget-left">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic title={gt('ranking.available')} valueRender={() => <Money value={call.available} />} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={gt('ranking.awarding')} valueRender={() => <Money value={left.awarding} />} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={gt('ranking.left')}
              valueRender={() => (
                <Typography.Text type={left.over ? 'danger' : 'success'} strong data-testid="left">
                  <Money value={left.left} strong />
                </Typography.Text>
              )}
            />
          </Col>
          <Col xs={12} md={6}>
            <Space direction="vertical" size={4}>
              {left.over ? <Tag color="red">{gt('ranking.over', { amount: formatYuan(left.left.replace(/^-/, '')) })}</Tag> : null}
              {left.invalid > 0 ? <Tag color="orange">{gt('ranking.invalidAmounts', { n: left.invalid })}</Tag> : null}
              {manage ? (
                <Button type="primary" disabled={selected.length === 0} loading={deciding} onClick={submit} data-testid="submit-decisions">
                  {gt('ranking.submit', { n: selected.length })}
                </Button>
              ) : null}
            </Space>
          </Col>
        </Row>
      </Card>
      {refused ? <Alert type="error" showIcon closable message={refused} onClose={() => setRefused(null)} data-testid="refused" /> : null}
      {manage ? <Typography.Text type="secondary">{gt('ranking.selectHint')}</Typography.Text> : null}
      <Table
        rowKey={(r) => r.proposal.id}
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1300 }}
        data-testid="ranked"
        rowSelection={
          manage
            ? {
                selectedRowKeys: selected,
                onChange: onSelect,
                getCheckboxProps: (r) => ({ disabled: !decidable(r) }),
              }
            : undefined
        }
        locale={{ emptyText: <EmptyState title={gt('ranking.empty')} /> }}
      />
      <Typography.Text type="secondary">{t('common.total', { total: rows.length })}</Typography.Text>
    </Space>
  );
}
