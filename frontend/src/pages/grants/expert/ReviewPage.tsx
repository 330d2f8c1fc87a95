import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Col, Descriptions, Form, Input, InputNumber, List, Modal, Row, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, FileOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import type { ReviewAssignmentQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format';
import { sumYuan } from '../../../lib/money';
import { Money } from '../shared/Money';
import { useRun } from '../shared/run';
import { AssignmentTag } from '../staff/shared';
import { useGT } from '../staff/texts';
import { DeclareConflictDocument, ReviewAssignmentDocument, ScoreReviewDocument } from './api';
import { formatTenths, missingScores, weightedTotalTenths } from './scoring';

type Assignment = Extract<NonNullable<ReviewAssignmentQuery['node']>, { rubric: unknown }>;
type Proposal = NonNullable<Assignment['proposal']>;

/**
 * One review: the proposal on the left, the scoring form against the
 * call's rubric on the right with the weighted total as it changes; save a
 * draft, hand in (every criterion scored), or declare a conflict of
 * interest, which hands the proposal to someone else.
 */
export default function ReviewPage() {
  const { gt } = useGT();
  const { id = '' } = useParams();
  const [res, reexecute] = useQuery({ query: ReviewAssignmentDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const node = res.data?.node;
  if (!node || !('rubric' in node)) return <EmptyState title={gt('expert.notFound')} action={<Link to="/reviews">{gt('expert.back')}</Link>} />;
  const a = node as Assignment;
  return (
    <div className="page">
      <Space direction="vertical" size={4} style={{ marginBottom: 12 }}>
        <Link to="/reviews">
          <ArrowLeftOutlined /> {gt('expert.back')}
        </Link>
        <Space wrap align="center">
          <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
            {a.proposal?.title ?? gt('expert.proposalMissing')}
          </Typography.Title>
          <AssignmentTag status={a.status} />
        </Space>
      </Space>
      <Row gutter={16}>
        <Col xs={24} xl={14}>{a.proposal ? <ProposalReader p={a.proposal} /> : <EmptyState title={gt('expert.proposalMissing')} />}</Col>
        <Col xs={24} xl={10}>
          <ScoringForm key={a.id} a={a} onSaved={() => reexecute({ requestPolicy: 'network-only' })} />
        </Col>
      </Row>
    </div>
  );
}

function ProposalReader({ p }: { p: Proposal }) {
  const { gt, lang } = useGT();
  const budgetTotal = sumYuan(p.budgetLines.map((l) => l.amount));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="proposal-reader">
      <Card size="small" title={gt('expert.reader')}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={gt('expert.organization')}>{p.organizationName}</Descriptions.Item>
          <Descriptions.Item label={gt('expert.call')}>{`${p.call.title}（${p.call.year}）`}</Descriptions.Item>
          <Descriptions.Item label={gt('expert.category')}>{p.category}</Descriptions.Item>
          <Descriptions.Item label={gt('expert.town')}>{p.town}</Descriptions.Item>
          <Descriptions.Item label={gt('expert.dates')}>
            {formatDate(p.startsOn, lang) || '—'} – {formatDate(p.endsOn, lang) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={gt('expert.beneficiaries')}>
            {gt('expert.beneficiaryValue', { group: p.beneficiaryGroup, n: p.beneficiaryCount })}
          </Descriptions.Item>
          <Descriptions.Item label={gt('expert.requested')}>
            <Money value={p.requested} strong />
          </Descriptions.Item>
          <Descriptions.Item label={gt('expert.cofunding')}>
            <Money value={p.cofunding} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={gt('expert.summary')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{p.summary}</Typography.Paragraph>
      </Card>
      <Card size="small" title={gt('expert.objectives')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{p.objectives}</Typography.Paragraph>
      </Card>
      <Card size="small" title={gt('expert.milestones')}>
        <Table
          rowKey={(m) => `${m.dueOn}-${m.title}`}
          size="small"
          pagination={false}
          dataSource={p.milestones}
          columns={[
            { title: gt('expert.milestone'), dataIndex: 'title' },
            { title: gt('expert.dueOn'), key: 'due', width: 160, render: (_, m) => formatDate(m.dueOn, lang) },
          ]}
        />
      </Card>
      <Card size="small" title={gt('expert.budgetLines')}>
        <Table
          rowKey={(l) => `${l.category}-${l.description}-${l.amount}`}
          size="small"
          pagination={false}
          dataSource={p.budgetLines}
          columns={[
            { title: gt('expert.budgetCategory'), dataIndex: 'category', width: 140 },
            { title: gt('expert.budgetDescription'), dataIndex: 'description' },
            { title: gt('expert.amount'), key: 'amount', align: 'right', render: (_, l) => <Money value={l.amount} /> },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <strong>{gt('expert.budgetTotal')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Money value={budgetTotal} strong />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card size="small" title={gt('expert.team')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{p.team}</Typography.Paragraph>
      </Card>
      {p.answers.length > 0 ? (
        <Card size="small" title={gt('expert.answers')}>
          <Descriptions size="small" column={1} bordered>
            {p.answers.map((a) => (
              <Descriptions.Item key={a.key} label={a.label}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{a.value}</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      ) : null}
      <Card size="small" title={gt('expert.materials')}>
        <List
          size="small"
          dataSource={p.materials}
          renderItem={(m) => (
            <List.Item>
              <Space direction="vertical" size={0}>
                <strong>{m.name}</strong>
                {m.documents.length === 0 ? (
                  <Typography.Text type="secondary">{gt('expert.noDocuments')}</Typography.Text>
                ) : (
                  m.documents.map((d) => (
                    <a key={d.id} href={d.url} target="_blank" rel="noreferrer">
                      <FileOutlined /> {d.title || d.fileName}
                    </a>
                  ))
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

function ScoringForm({ a, onSaved }: { a: Assignment; onSaved: () => void }) {
  const { gt, lang } = useGT();
  const run = useRun();
  const navigate = useNavigate();
  const { modal, message } = AntApp.useApp();
  const [scores, setScores] = useState<Record<string, number | null>>(() => Object.fromEntries((a.scores ?? []).map((s) => [s.key, s.score])));
  const [comments, setComments] = useState<Record<string, string>>(() => Object.fromEntries((a.scores ?? []).map((s) => [s.key, s.comment])));
  const [overall, setOverall] = useState(a.comment ?? '');
  const [conflictOpen, setConflictOpen] = useState(false);
  const [{ fetching: saving }, score] = useMutation(ScoreReviewDocument);
  const readOnly = a.status !== 'ASSIGNED';
  const totalTenths = weightedTotalTenths(a.rubric, scores);
  const missing = missingScores(a.rubric, scores);

  const payload = () =>
    a.rubric
      .filter((c) => typeof scores[c.key] === 'number')
      .map((c) => ({ key: c.key, score: scores[c.key] as number, comment: comments[c.key]?.trim() || undefined }));

  const saveDraft = async () => {
    const ok = await run(score({ assignmentID: a.id, scores: payload(), comment: overall.trim() || undefined, submit: false }), gt('expert.draftSaved'));
    if (ok) onSaved();
  };
  const handIn = () => {
    if (missing.length > 0) {
      message.error(gt('expert.missing', { n: missing.length }));
      return;
    }
    modal.confirm({
      title: gt('expert.handIn'),
      content: gt('expert.handInConfirm'),
      onOk: async () => {
        const ok = await run(score({ assignmentID: a.id, scores: payload(), comment: overall.trim() || undefined, submit: true }), gt('expert.handedIn'));
        if (ok) onSaved();
      },
    });
  };

  return (
    <Card
      size="small"
      title={gt('expert.scoring')}
      style={{ position: 'sticky', top: 16 }}
      extra={
        <Space>
          <span>{gt('expert.liveTotal')}</span>
          <Typography.Text strong style={{ fontSize: 20 }} data-testid="live-total">
            {formatTenths(totalTenths)}
          </Typography.Text>
        </Space>
      }
    >
      {readOnly && a.submittedAt ? (
        <Alert type="success" showIcon message={gt('expert.submittedAt', { date: formatDateTime(a.submittedAt, lang) })} style={{ marginBottom: 12 }} />
      ) : null}
      <Form layout="vertical" disabled={readOnly} data-testid="scoring-form">
        {a.rubric.map((c) => {
          const s = scores[c.key];
          const bad = typeof s === 'number' && (s < 0 || s > c.maxScore);
          return (
            <Card key={c.key} size="small" type="inner" style={{ marginBottom: 8 }} data-testid="criterion">
              <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                <strong>{lang === 'en' && c.nameEn ? c.nameEn : c.name}</strong>
                <Tag>{gt('expert.weightOf', { weight: c.weight })}</Tag>
              </Space>
              <Form.Item
                label={gt('expert.score', { max: c.maxScore })}
                help={c.guidance || undefined}
                validateStatus={bad ? 'error' : undefined}
                style={{ marginTop: 8, marginBottom: 8 }}
              >
                <InputNumber
                  min={0}
                  max={c.maxScore}
                  precision={0}
                  value={s ?? null}
                  onChange={(v) => setScores((x) => ({ ...x, [c.key]: typeof v === 'number' ? v : null }))}
                  aria-label={`${c.name} ${gt('expert.score', { max: c.maxScore })}`}
                  data-testid={`score-${c.key}`}
                />
              </Form.Item>
              <Form.Item label={gt('expert.comment')} style={{ marginBottom: 0 }}>
                <Input.TextArea
                  rows={2}
                  maxLength={2000}
                  value={comments[c.key] ?? ''}
                  onChange={(e) => setComments((x) => ({ ...x, [c.key]: e.target.value }))}
                />
              </Form.Item>
            </Card>
          );
        })}
        <Form.Item label={gt('expert.overall')}>
          <Input.TextArea rows={4} maxLength={5000} value={overall} onChange={(e) => setOverall(e.target.value)} data-testid="overall-comment" />
        </Form.Item>
      </Form>
      {!readOnly ? (
        <Space wrap>
          <Button onClick={() => void saveDraft()} loading={saving} data-testid="save-draft">
            {gt('expert.saveDraft')}
          </Button>
          <Button type="primary" onClick={handIn} loading={saving} data-testid="hand-in">
            {gt('expert.handIn')}
          </Button>
          {a.proposal ? (
            <Button danger icon={<WarningOutlined />} onClick={() => setConflictOpen(true)} data-testid="declare-conflict">
              {gt('expert.conflict')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {!readOnly && missing.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {gt('expert.missing', { n: missing.length })}
        </Typography.Paragraph>
      ) : null}
      {conflictOpen && a.proposal ? (
        <ConflictDialog proposalID={a.proposal.id} onClose={() => setConflictOpen(false)} onDone={() => navigate('/reviews')} />
      ) : null}
    </Card>
  );
}

function ConflictDialog({ proposalID, onClose, onDone }: { proposalID: string; onClose: () => void; onDone: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm<{ reason: string }>();
  const [{ fetching }, declare] = useMutation(DeclareConflictDocument);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(declare({ proposalID, reason: v.reason.trim() }), gt('expert.conflictDone'));
    if (ok) onDone();
  };
  return (
    <Modal
      open
      title={gt('expert.conflictTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={fetching}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{gt('expert.conflictHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={gt('expert.conflictReason')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
