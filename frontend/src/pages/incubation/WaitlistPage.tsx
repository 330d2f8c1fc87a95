import { useMemo, useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import type { WaitlistQuery } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { LeaveWaitlistDocument, OfferSpaceDocument, SetPriorityDocument, WaitlistDocument, WithdrawOfferDocument } from './api';
import { useRun } from './shared';
import { useCentres } from './useCentre';

type Row = NonNullable<NonNullable<NonNullable<WaitlistQuery['waitlist']['edges']>[number]>['node']>;
type Action = { kind: 'priority' | 'offer' | 'withdraw' | 'remove'; row: Row };

/**
 * The waitlist in line order, and why each stands where it does; staff
 * change a priority, offer a space, withdraw an offer or take someone off
 * the list. Offers are also made automatically whenever space is released.
 */
export default function WaitlistPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { caps } = useMe();
  const manage = caps.has('incubation.manage');
  const { res: centresRes, centres } = useCentres();
  const centre = centres[0];
  const [includeClosed, setIncludeClosed] = useState(false);
  const paging = useCursorPaging(20);
  const context = useMemo(() => ({ additionalTypenames: ['WaitlistEntry', 'SpaceOffer'] }), []);
  const [res, reexecute] = useQuery({
    query: WaitlistDocument,
    variables: { centreID: centre?.id ?? '', includeClosed, ...paging.variables },
    pause: !centre,
    context,
  });
  const [action, setAction] = useState<Action | null>(null);
  if (centresRes.fetching && !centresRes.data) return <Loading />;
  if (centresRes.error && !centresRes.data) return <ErrorState error={centresRes.error} />;
  if (!centre) return <EmptyState title={t('incubation.board.noCentre')} />;
  const conn = res.data?.waitlist;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const columns: ColumnsType<Row> = [
    { title: t('incubation.waitlist.position'), key: 'pos', render: (_, r) => r.position ?? '—', width: 70 },
    { title: t('incubation.waitlist.organization'), key: 'org', render: (_, r) => r.organization.name },
    { title: t('incubation.tenants.stage'), key: 'stage', render: (_, r) => t(`incubation.stage.${r.stage}`) },
    { title: t('incubation.waitlist.seatsNeeded'), dataIndex: 'seatsNeeded' },
    { title: t('incubation.waitlist.priority'), dataIndex: 'priority' },
    { title: t('incubation.waitlist.reason'), dataIndex: 'priorityReason' },
    { title: t('incubation.waitlist.joined'), key: 'joined', render: (_, r) => formatDateTime(r.joinedAt, lang) },
    { title: t('incubation.waitlist.status'), key: 'status', render: (_, r) => t(`incubation.entryStatus.${r.status}`) },
    {
      title: t('incubation.waitlist.offer'),
      key: 'offer',
      render: (_, r) =>
        r.openOffer ? (
          <Tag color="gold">
            {r.openOffer.space.code} ×{r.openOffer.seats} · {t('incubation.waitlist.respondBy', { date: formatDate(r.openOffer.respondBy, lang) })}
          </Tag>
        ) : null,
    },
    ...(manage
      ? [
          {
            title: '',
            key: 'act',
            render: (_: unknown, r: Row) =>
              r.status === 'WAITING' || r.status === 'OFFERED' ? (
                <Space wrap>
                  <Button size="small" onClick={() => setAction({ kind: 'priority', row: r })}>
                    {t('incubation.waitlist.setPriority')}
                  </Button>
                  {r.openOffer ? (
                    <Button size="small" onClick={() => setAction({ kind: 'withdraw', row: r })}>
                      {t('incubation.waitlist.withdraw')}
                    </Button>
                  ) : (
                    <Button size="small" onClick={() => setAction({ kind: 'offer', row: r })}>
                      {t('incubation.waitlist.offerSpace')}
                    </Button>
                  )}
                  <Button size="small" danger onClick={() => setAction({ kind: 'remove', row: r })}>
                    {t('incubation.waitlist.remove')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('incubation.waitlist.title')}
        </Typography.Title>
        <Space>
          <Switch checked={includeClosed} onChange={(v) => { setIncludeClosed(v); paging.reset(); }} />
          {t('incubation.waitlist.includeClosed')}
        </Space>
      </div>
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
            data-testid="waitlist"
            locale={{ emptyText: <EmptyState title={t('incubation.waitlist.empty')} /> }}
          />
        )}
        {conn && conn.totalCount > 0 ? <CursorPager paging={paging} pageInfo={conn.pageInfo} total={t('common.total', { total: conn.totalCount })} /> : null}
      </Card>
      {action ? (
        <WaitlistDialog
          action={action}
          spaces={(centre.spaces ?? []).filter((s) => s.status !== 'MAINTENANCE' && s.seatsFree >= action.row.seatsNeeded)}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </div>
  );
}

function WaitlistDialog({
  action,
  spaces,
  onClose,
  onDone,
}: {
  action: Action;
  spaces: readonly { id: string; code: string; seatsFree: number }[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const run = useRun();
  const [form] = Form.useForm();
  const [, setPriority] = useMutation(SetPriorityDocument);
  const [, offer] = useMutation(OfferSpaceDocument);
  const [, withdraw] = useMutation(WithdrawOfferDocument);
  const [, leave] = useMutation(LeaveWaitlistDocument);
  const r = action.row;
  const submit = async () => {
    const v = await form.validateFields();
    let ok: unknown = null;
    if (action.kind === 'priority') ok = await run(setPriority({ id: r.id, priority: v.priority, reason: v.reason }));
    if (action.kind === 'offer') ok = await run(offer({ entryID: r.id, spaceID: v.space }));
    if (action.kind === 'withdraw' && r.openOffer) ok = await run(withdraw({ id: r.openOffer.id, reason: v.reason }));
    if (action.kind === 'remove') ok = await run(leave({ id: r.id, reason: v.reason }));
    if (ok) onDone();
  };
  const title = {
    priority: t('incubation.waitlist.setPriority'),
    offer: t('incubation.waitlist.offerSpace'),
    withdraw: t('incubation.waitlist.withdraw'),
    remove: t('incubation.waitlist.remove'),
  }[action.kind];
  return (
    <Modal open title={`${title} · ${r.organization.name}`} onCancel={onClose} onOk={() => void submit()} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ priority: r.priority }}>
        {action.kind === 'priority' ? (
          <Form.Item name="priority" label={t('incubation.waitlist.priority')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
        ) : null}
        {action.kind === 'offer' ? (
          <Form.Item name="space" label={t('incubation.waitlist.space')} rules={[{ required: true }]}>
            <Select
              options={spaces.map((s) => ({ value: s.id, label: `${s.code}（${t('incubation.admission.freeSeats', { n: s.seatsFree })}）` }))}
              notFoundContent={t('incubation.status.OCCUPIED')}
            />
          </Form.Item>
        ) : null}
        {action.kind !== 'offer' ? (
          <Form.Item name="reason" label={t('incubation.tenancy.reason')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
