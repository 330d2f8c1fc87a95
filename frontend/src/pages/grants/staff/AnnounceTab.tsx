import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, List, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import type { CallAwardsQuery } from '../../../gql/graphql';
import { dateToApiTime, formatDate } from '../../../lib/format';
import { Money } from '../shared/Money';
import { useRun } from '../shared/run';
import { AnnounceAwardsDocument, CallAwardsDocument, RecordObjectionDocument, ResolveObjectionDocument } from './api';
import type { CallDetail } from './CallPage';
import { AwardTag } from './shared';
import { useGT } from './texts';

type Award = NonNullable<NonNullable<NonNullable<CallAwardsQuery['awards']['edges']>[number]>['node']>;
type Objection = Award['objections'][number];

const RESOLUTION_COLOURS: Record<string, string> = { OPEN: 'gold', DISMISSED: 'default', UPHELD: 'red' };

/** The public announcement of the call's awards, and the objections received during it. */
export function AnnounceTab({ call, manage, onChanged }: { call: CallDetail; manage: boolean; onChanged: () => void }) {
  const { gt, lang } = useGT();
  const run = useRun();
  const { modal } = AntApp.useApp();
  const context = useMemo(() => ({ additionalTypenames: ['Award'] }), []);
  const [res, reexecute] = useQuery({ query: CallAwardsDocument, variables: { callID: call.id }, context, requestPolicy: 'cache-and-network' });
  const [{ fetching: announcing }, announce] = useMutation(AnnounceAwardsDocument);
  const [recording, setRecording] = useState<Award | null>(null);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  const awards = (res.data?.awards.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const started = Boolean(call.announcedOn);
  const resolveName = (s: string) => (s === 'OPEN' || s === 'DISMISSED' || s === 'UPHELD' ? gt(`resolution.${s}`) : s);

  const confirmAnnounce = () =>
    modal.confirm({
      title: gt('announce.start'),
      content: gt('announce.startConfirm', { days: call.announcementDays }),
      onOk: async () => {
        const ok = await run(announce({ callID: call.id }), gt('announce.started'));
        if (ok) {
          refresh();
          onChanged();
        }
      },
    });

  const columns: ColumnsType<Award> = [
    { title: gt('announce.project'), dataIndex: 'proposalTitle' },
    { title: gt('announce.organization'), dataIndex: 'organizationName' },
    { title: gt('announce.amount'), key: 'amount', align: 'right', render: (_, a) => <Money value={a.amount} /> },
    {
      title: gt('announce.status'),
      key: 'status',
      render: (_, a) => (
        <Space direction="vertical" size={0}>
          <AwardTag status={a.status} />
          {a.status === 'CANCELLED' && a.cancelReason ? <Typography.Text type="secondary">{a.cancelReason}</Typography.Text> : null}
        </Space>
      ),
    },
    { title: gt('announce.conditions'), dataIndex: 'conditions' },
    {
      title: gt('announce.objections'),
      key: 'objections',
      width: 380,
      render: (_, a) =>
        a.objections.length === 0 ? (
          <Typography.Text type="secondary">{gt('announce.noObjections')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={a.objections}
            renderItem={(o) => (
              <List.Item
                data-testid="objection"
                actions={
                  manage && o.resolution === 'OPEN'
                    ? [
                        <Button key="r" size="small" onClick={() => setResolving(o)}>
                          {gt('announce.resolve')}
                        </Button>,
                      ]
                    : undefined
                }
              >
                <Space direction="vertical" size={0}>
                  <Space size={4} wrap>
                    <Tag color={RESOLUTION_COLOURS[o.resolution] ?? 'default'}>{resolveName(o.resolution)}</Tag>
                    <Typography.Text type="secondary">
                      {formatDate(o.receivedOn, lang)} · {o.fromName || '—'}
                    </Typography.Text>
                  </Space>
                  <span>{o.content}</span>
                  {o.resolutionNote ? <Typography.Text type="secondary">{o.resolutionNote}</Typography.Text> : null}
                </Space>
              </List.Item>
            )}
          />
        ),
    },
    ...(manage && call.announcing
      ? [
          {
            title: '',
            key: 'act',
            width: 110,
            render: (_: unknown, a: Award) =>
              a.status === 'PROVISIONAL' ? (
                <Button size="small" onClick={() => setRecording(a)}>
                  {gt('announce.record')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={gt('announce.title')}>
        {started ? (
          <Typography.Text>
            {gt('announce.period', { from: formatDate(call.announcedOn, lang), to: formatDate(call.announcementEndsOn, lang) })}
          </Typography.Text>
        ) : (
          <Space wrap>
            <Typography.Text type="secondary">{gt('announce.notYet')}</Typography.Text>
            {manage ? (
              <Button type="primary" onClick={confirmAnnounce} loading={announcing} disabled={awards.length === 0} data-testid="announce">
                {gt('announce.start')}
              </Button>
            ) : null}
          </Space>
        )}
        {call.finalizedAt ? <Alert type="success" showIcon message={gt('announce.finalized')} style={{ marginTop: 8 }} /> : null}
      </Card>
      <Card size="small" title={gt('announce.awards')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={awards}
          scroll={{ x: 1100 }}
          data-testid="awards"
          locale={{ emptyText: <EmptyState title={gt('announce.empty')} /> }}
        />
      </Card>
      {recording ? (
        <RecordDialog
          award={recording}
          onClose={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            refresh();
          }}
        />
      ) : null}
      {resolving ? (
        <ResolveDialog
          objection={resolving}
          onClose={() => setResolving(null)}
          onDone={() => {
            setResolving(null);
            refresh();
            onChanged();
          }}
        />
      ) : null}
    </Space>
  );
}

function RecordDialog({ award, onClose, onDone }: { award: Award; onClose: () => void; onDone: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm<{ fromName?: string; content: string; receivedOn?: string }>();
  const [{ fetching }, record] = useMutation(RecordObjectionDocument);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(
      record({
        awardID: award.id,
        fromName: v.fromName?.trim() || undefined,
        content: v.content.trim(),
        receivedOn: v.receivedOn ? dateToApiTime(v.receivedOn) : undefined,
      }),
      gt('announce.recorded'),
    );
    if (ok) onDone();
  };
  return (
    <Modal open title={gt('announce.recordTitle', { project: award.proposalTitle })} onCancel={onClose} onOk={() => void submit()} confirmLoading={fetching} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="fromName" label={gt('announce.fromName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label={gt('announce.content')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="receivedOn" label={gt('announce.receivedOn')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResolveDialog({ objection, onClose, onDone }: { objection: Objection; onClose: () => void; onDone: () => void }) {
  const { gt } = useGT();
  const run = useRun();
  const [form] = Form.useForm<{ upheld: boolean; note: string }>();
  const [{ fetching }, resolve] = useMutation(ResolveObjectionDocument);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(resolve({ id: objection.id, upheld: v.upheld, note: v.note.trim() }), gt('announce.resolved'));
    if (ok) onDone();
  };
  return (
    <Modal open title={gt('announce.resolveTitle')} onCancel={onClose} onOk={() => void submit()} confirmLoading={fetching} destroyOnHidden>
      <Typography.Paragraph>{objection.content}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ upheld: false }}>
        <Form.Item name="upheld" label={gt('announce.outcome')} rules={[{ required: true }]}>
          <Radio.Group>
            <Space direction="vertical">
              <Radio value={false}>{gt('announce.dismissed')}</Radio>
              <Radio value={true}>{gt('announce.upheld')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={gt('announce.note')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
