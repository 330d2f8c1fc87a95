import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, Modal, Progress, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { CursorPager, useCursorPaging } from '../../../components/CursorPager';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import type { CallReviewBoardQuery } from '../../../gql/graphql';
import { useRun } from '../shared/run';
import {
  AssignReviewerDocument,
  AutoAssignDocument,
  CloseReviewPanelDocument,
  RemoveAssignmentDocument,
  ReviewBoardDocument,
  SetPanelReviewersDocument,
} from './api';
import type { CallDetail } from './CallPage';
import { MultiUserPicker } from './MultiUserPicker';
import { AssignmentTag } from './shared';
import { useGT } from './texts';

type Board = CallReviewBoardQuery;
type ProposalRow = NonNullable<NonNullable<NonNullable<Board['proposals']['edges']>[number]>['node']>;
type Assignment = NonNullable<ProposalRow['reviewAssignments']>[number];
type Reviewer = Board['callReviewPanel']['reviewers'][number];

/** Proposals per page of the board: each row holds up to a panel's reviewers per item. */
const BOARD_PAGE = 50;

/** A row's assignments (null only to a viewer who may read none, who never sees this tab). */
const assignmentsOf = (r: ProposalRow): Assignment[] => r.reviewAssignments ?? [];

/**
 * The call's review panel: who sits on it and their workloads, automatic
 * and manual assignment, the board of assignments by proposal (remove with
 * a reason, add by hand) and closing the panel. The board pages through the
 * call's proposals by title, each with its live assignments, so a province
 * call of hundreds of proposals shows them all.
 */
export function ReviewTab({ call, manage }: { call: CallDetail; manage: boolean }) {
  const { gt, t, lang } = useGT();
  const run = useRun();
  const { modal, message } = AntApp.useApp();
  const paging = useCursorPaging(BOARD_PAGE);
  const context = useMemo(() => ({ additionalTypenames: ['ReviewPanel', 'ReviewAssignment'] }), []);
  const [res, reexecute] = useQuery({
    query: ReviewBoardDocument,
    variables: { callID: call.id, ...paging.variables },
    context,
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [, autoAssign] = useMutation(AutoAssignDocument);
  const [, closePanel] = useMutation(CloseReviewPanelDocument);
  const [editingPanel, setEditingPanel] = useState(false);
  const [removing, setRemoving] = useState<{ assignment: Assignment; title: string } | null>(null);
  const [adding, setAdding] = useState<ProposalRow | null>(null);

  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  if (!res.data) return null;
  const panel = res.data.callReviewPanel;
  const closed = panel.closed;
  const canEdit = manage && !closed;

  const board = res.data.proposals;
  const rows: ProposalRow[] = (board.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const maxLoad = Math.max(1, ...panel.reviewers.map((r) => r.load));

  const confirmAuto = () =>
    modal.confirm({
      title: gt('review.autoAssign'),
      content: gt('review.autoAssignConfirm'),
      onOk: async () => {
        const data = await run(autoAssign({ callID: call.id }));
        if (data) {
          message.success(gt('review.autoAssigned', { n: data.autoAssignReviewers }));
          refresh();
        }
      },
    });
  const confirmClose = () =>
    modal.confirm({
      title: gt('review.close'),
      content: gt('review.closeConfirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const ok = await run(closePanel({ callID: call.id }), gt('review.closedOk'));
        if (ok) refresh();
      },
    });

  const reviewerColumns: ColumnsType<Reviewer> = [
    { title: gt('review.expert'), key: 'name', render: (_, r) => `${r.user.displayName}（${r.user.username}）` },
    {
      title: gt('review.load'),
      key: 'load',
      render: (_, r) => (
        <Space>
          <Progress percent={Math.round((r.load / maxLoad) * 100)} showInfo={false} size="small" style={{ width: 120 }} />
          <span>{r.load}</span>
        </Space>
      ),
    },
    { title: gt('review.submittedCount'), dataIndex: 'submitted', width: 100 },
  ];

  const boardColumns: ColumnsType<ProposalRow> = [
    { title: gt('review.proposal'), dataIndex: 'title' },
    { title: gt('review.organization'), dataIndex: 'organizationName' },
    {
      title: gt('review.experts'),
      key: 'experts',
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {assignmentsOf(r).length === 0 ? <Typography.Text type="warning">{gt('review.noExperts')}</Typography.Text> : null}
          {assignmentsOf(r).map((a) => (
            <Tag key={a.id} data-testid="assignment" style={{ paddingRight: canEdit ? 2 : undefined }}>
              <Space size={4}>
                <span>{a.expertName}</span>
                <AssignmentTag status={a.status} />
                {a.total ? <span>{a.total}</span> : null}
                {a.manual ? <Typography.Text type="secondary">{gt('review.manual')}</Typography.Text> : null}
                {canEdit ? (
                  <Tooltip title={gt('review.remove')}>
                    <Button size="small" type="text" icon={<CloseOutlined />} aria-label={gt('review.remove')} onClick={() => setRemoving({ assignment: a, title: r.title })} />
                  </Tooltip>
                ) : null}
              </Space>
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: gt('review.assigned'),
      key: 'n',
      width: 80,
      render: (_, r) => {
        const n = assignmentsOf(r).length;
        return <Typography.Text type={n < panel.reviewersPerItem ? 'warning' : undefined}>{`${n}/${panel.reviewersPerItem}`}</Typography.Text>;
      },
    },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'add',
            width: 110,
            render: (_: unknown, r: ProposalRow) => (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(r)}>
                {gt('review.add')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type={closed ? 'success' : 'info'} showIcon message={closed ? gt('review.closed') : gt('review.open')} />
      <Card
        size="small"
        title={
          <Space>
            <span>{gt('review.panel')}</span>
            <Typography.Text type="secondary">{gt('review.perItem', { n: panel.reviewersPerItem })}</Typography.Text>
          </Space>
        }
        extra={
          canEdit ? (
            <Space wrap>
              <Button onClick={() => setEditingPanel(true)} data-testid="set-reviewers">
                {gt('review.setReviewers')}
              </Button>
              <Button onClick={confirmAuto} disabled={panel.reviewers.length === 0} data-testid="auto-assign">
                {gt('review.autoAssign')}
              </Button>
              <Button danger onClick={confirmClose} data-testid="close-panel">
                {gt('review.close')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Typography.Title level={5}>{gt('review.workloads')}</Typography.Title>
        <Table
          rowKey={(r) => r.user.id}
          size="small"
          pagination={false}
          columns={reviewerColumns}
          dataSource={panel.reviewers}
          data-testid="reviewers"
          locale={{ emptyText: gt('review.noReviewers') }}
        />
      </Card>
      <Card size="small" title={gt('review.board')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          columns={boardColumns}
          dataSource={rows}
          data-testid="assignment-board"
          locale={{ emptyText: <EmptyState title={gt('review.boardEmpty')} /> }}
        />
        {board.totalCount > 0 ? (
          <CursorPager
            paging={paging}
            pageInfo={board.pageInfo}
            total={t('common.total', { total: formatNumber(board.totalCount, lang) })}
            testId="board-pager"
          />
        ) : null}
      </Card>
      {editingPanel ? (
        <PanelDialog
          callID={call.id}
          reviewers={panel.reviewers}
          onClose={() => setEditingPanel(false)}
          onDone={() => {
            setEditingPanel(false);
            refresh();
          }}
        />
      ) : null}
      {removing ? (
        <RemoveDialog
          assignment={removing.assignment}
          proposalTitle={removing.title}
          onClose={() => setRemoving(null)}
          onDone={() => {
            setRemoving(null);
            refresh();
          }}
        />
      ) : null}
      {adding ? (
        <AddDialog
          proposal={adding}
          reviewers={panel.reviewers}
          onClose={() => setAdding(null)}
          onDone={() => {
            setAdding(null);
            refresh();
          }}
        />
      ) : null}
    </Space>
  );
}

function PanelDialog({ callID, reviewers, onClose, onDone }: { callID: string; reviewers: Reviewer[]; onClose: () => void; onDone: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm<{ userIDs: string[] }>();
  const [{ fetching }, setReviewers] = useMutation(SetPanelReviewersDocument);
  const known = useMemo(() => reviewers.map((r) => ({ value: r.user.id, label: `${r.user.displayName}（${r.user.username}）` })), [reviewers]);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(setReviewers({ callID, userIDs: v.userIDs ?? [] }), gt('review.reviewersSaved'));
    if (ok) onDone();
  };
  return (
    <Modal open title={gt('review.reviewersTitle')} onCancel={onClose} onOk={() => void submit()} confirmLoading={fetching} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" initialValues={{ userIDs: reviewers.map((r) => r.user.id) }}>
        <Form.Item name="userIDs" label={gt('review.reviewers')} extra={gt('review.reviewersHint')}>
          <MultiUserPicker known={known} placeholder={gt('review.reviewersHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RemoveDialog({
  assignment,
  proposalTitle,
  onClose,
  onDone,
}: {
  assignment: Assignment;
  proposalTitle: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm<{ reason: string }>();
  const [{ fetching }, remove] = useMutation(RemoveAssignmentDocument);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(remove({ id: assignment.id, reason: v.reason.trim() }), gt('review.removed'));
    if (ok) onDone();
  };
  return (
    <Modal
      open
      title={gt('review.removeTitle', { expert: assignment.expertName })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={fetching}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <Typography.Paragraph>{proposalTitle}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{gt('review.removeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={gt('review.reason')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AddDialog({ proposal, reviewers, onClose, onDone }: { proposal: ProposalRow; reviewers: Reviewer[]; onClose: () => void; onDone: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm<{ userID: string }>();
  const [{ fetching }, assign] = useMutation(AssignReviewerDocument);
  const taken = new Set(assignmentsOf(proposal).map((a) => a.expertID));
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(assign({ proposalID: proposal.id, userID: v.userID }), gt('review.assigned'));
    if (ok) onDone();
  };
  return (
    <Modal open title={gt('review.addTitle', { proposal: proposal.title })} onCancel={onClose} onOk={() => void submit()} confirmLoading={fetching} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="userID" label={gt('review.expert')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            notFoundContent={gt('review.noReviewers')}
            options={reviewers
              .filter((r) => !taken.has(r.user.id))
              .map((r) => ({ value: r.user.id, label: `${r.user.displayName}（${r.user.username}）· ${gt('review.load')} ${r.load}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
