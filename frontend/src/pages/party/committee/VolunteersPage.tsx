import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Typography } from 'antd';
import { PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQuery } from 'urql';
import { CursorPager, useCursorPaging } from '../../../components/CursorPager';
import { EmptyState, ErrorState } from '../../../components/States';
import type { PartyVolunteersQuery, VolunteerLeaderboardQuery } from '../../../gql/graphql';
import { useUserSearch } from '../../casework/detail/useUserSearch';
import { CommitteeGate, usePartyAccess } from '../shared/access';
import { chinaYear } from '../shared/dates';
import { useFieldErrors } from '../shared/errors';
import { hours } from '../shared/model';
import { usePT } from '../shared/texts';
import { CorrectPointsDocument, CreateVolunteerDocument, LeaderboardDocument, PartyOrganizationsDocument, VolunteersDocument } from './api';

type Volunteer = NonNullable<NonNullable<NonNullable<PartyVolunteersQuery['partyVolunteers']['edges']>[number]>['node']>;
type LeaderRow = VolunteerLeaderboardQuery['volunteerLeaderboard'][number];

const PAGE_SIZE = 50;
const REFRESH = { additionalTypenames: ['PartyVolunteer', 'VolunteerPointEntry'] };

/**
 * Party-member volunteers and their service points: the roster with each
 * one's points of the year, the year's leaderboard, adding a volunteer and
 * correcting points (a new ledger line, never a rewrite).
 */
export default function VolunteersPage() {
  return (
    <CommitteeGate>
      <Volunteers />
    </CommitteeGate>
  );
}

function Volunteers() {
  const { pt, t } = usePT();
  const { createWork, manageWork } = usePartyAccess();
  const thisYear = chinaYear();
  const [year, setYear] = useState(thisYear);
  const paging = useCursorPaging(PAGE_SIZE);
  const context = useMemo(() => REFRESH, []);
  const [res, reexecute] = useQuery({ query: VolunteersDocument, variables: { year, ...paging.variables }, context });
  const [board, reboard] = useQuery({ query: LeaderboardDocument, variables: { year }, context });
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<Volunteer | null>(null);
  const conn = res.data?.partyVolunteers;
  const volunteers = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    reboard({ requestPolicy: 'network-only' });
  };

  const columns: ColumnsType<Volunteer> = [
    { title: pt('field.name'), key: 'name', render: (_, v) => <strong>{v.name}</strong> },
    { title: pt('field.partyOrganization'), key: 'po', render: (_, v) => v.partyOrganization.name },
    { title: pt('field.account'), key: 'account', responsive: ['md'], render: (_, v) => (v.user ? <span className="mono">{v.user.username}</span> : pt('common.none')) },
    { title: pt('volunteers.pointsOfYear', { year }), dataIndex: 'points', align: 'right' },
    ...(manageWork
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, v: Volunteer) => (
              <Button size="small" onClick={() => setCorrecting(v)} data-testid="correct-points">
                {pt('volunteers.correct')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const boardColumns: ColumnsType<LeaderRow> = [
    {
      title: pt('field.rank'),
      dataIndex: 'rank',
      width: 80,
      render: (r: number) => (r <= 3 ? <Space size={4}><TrophyOutlined style={{ color: ['#d4b106', '#8c8c8c', '#ad6800'][r - 1] }} />{r}</Space> : r),
    },
    { title: pt('field.volunteer'), key: 'name', render: (_, r) => r.volunteer.name },
    { title: pt('field.partyOrganization'), key: 'po', render: (_, r) => r.volunteer.partyOrganization.name, responsive: ['md'] },
    { title: pt('field.hours'), key: 'hours', align: 'right', render: (_, r) => hours(r.minutes) },
    { title: pt('field.points'), dataIndex: 'points', align: 'right', render: (p: number) => <strong>{p}</strong> },
  ];

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {pt('volunteers.title')}
        </Typography.Title>
        <Space wrap>
          <Select
            value={year}
            onChange={setYear}
            aria-label={pt('field.year')}
            style={{ width: 110 }}
            options={Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
          />
          {createWork ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-volunteer">
              {pt('volunteers.add')}
            </Button>
          ) : null}
        </Space>
      </div>
      {!manageWork ? <Alert type="info" showIcon message={pt('common.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'roster',
              label: pt('volunteers.roster'),
              children:
                res.error && !conn ? (
                  <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
                ) : (
                  <>
                    <Table<Volunteer>
                      rowKey="id"
                      loading={res.fetching && !conn}
                      columns={columns}
                      dataSource={volunteers}
                      pagination={false}
                      scroll={{ x: true }}
                      locale={{ emptyText: <EmptyState title={pt('volunteers.empty')} /> }}
                      data-testid="volunteer-table"
                    />
                    <CursorPager paging={paging} pageInfo={conn?.pageInfo} total={pt('common.totalRows', { total: conn?.totalCount ?? 0 })} />
                  </>
                ),
            },
            {
              key: 'board',
              label: pt('volunteers.leaderboard', { year }),
              children:
                board.error && !board.data ? (
                  <ErrorState error={board.error} onRetry={() => reboard({ requestPolicy: 'network-only' })} />
                ) : (
                  <Table<LeaderRow>
                    rowKey={(r) => r.volunteer.id}
                    loading={board.fetching && !board.data}
                    columns={boardColumns}
                    dataSource={board.data?.volunteerLeaderboard ?? []}
                    pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                    locale={{ emptyText: <EmptyState title={pt('volunteers.leaderboardEmpty')} /> }}
                    data-testid="leaderboard"
                  />
                ),
            },
          ]}
        />
      </Card>
      {adding ? (
        <AddVolunteerDialog
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            refresh();
          }}
        />
      ) : null}
      {correcting ? (
        <CorrectPointsDialog
          volunteer={correcting}
          year={year}
          onClose={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}

interface VolunteerValues {
  name: string;
  partyOrganizationID?: string;
  userID?: string;
}

function AddVolunteerDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<VolunteerValues>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const users = useUserSearch(q);
  const [orgs] = useQuery({ query: PartyOrganizationsDocument });
  const [{ fetching }, create] = useMutation(CreateVolunteerDocument);
  const partyOrgs = (orgs.data?.partyOrganizations.edges ?? []).flatMap((e) => (e?.node && !e.node.dissolvedOn ? [e.node] : []));

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const r = await create({ input: { name: v.name.trim(), partyOrganizationID: v.partyOrganizationID ?? '', userID: v.userID || undefined } }, REFRESH);
    if (r.error) {
      setFormError(place(r.error, form, ['name', 'partyOrganizationID', 'userID']));
      return;
    }
    message.success(pt('volunteers.created', { name: v.name.trim() }));
    onDone();
  };

  return (
    <Modal open title={pt('volunteers.addTitle')} onOk={() => void submit()} confirmLoading={fetching} onCancel={onClose} destroyOnHidden>
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={pt('field.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="partyOrganizationID" label={pt('field.partyOrganization')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" loading={orgs.fetching} options={partyOrgs.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="userID" label={pt('field.account')} extra={pt('volunteers.accountHint')}>
          <Select
            allowClear
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={users.loading}
            placeholder={pt('common.searchUser')}
            options={users.options}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface CorrectValues {
  points: number;
  reason: string;
}

function CorrectPointsDialog({ volunteer, year, onClose, onDone }: { volunteer: Volunteer; year: number; onClose: () => void; onDone: () => void }) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectValues>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, correct] = useMutation(CorrectPointsDocument);

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const r = await correct({ volunteerID: volunteer.id, year, points: v.points, reason: v.reason.trim() }, REFRESH);
    if (r.error) {
      setFormError(place(r.error, form, ['points', 'reason']));
      return;
    }
    message.success(pt('volunteers.corrected', { name: volunteer.name }));
    onDone();
  };

  return (
    <Modal open title={pt('volunteers.correctTitle', { name: volunteer.name })} onOk={() => void submit()} confirmLoading={fetching} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{pt('volunteers.correctHint')}</Typography.Paragraph>
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item label={pt('field.year')}>
          <span>{year}</span>
        </Form.Item>
        <Form.Item name="points" label={pt('volunteers.correctPoints')} rules={[{ required: true }]}>
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="reason" label={pt('field.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
