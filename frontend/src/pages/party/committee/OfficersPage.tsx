import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Drawer, Form, Input, List, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQuery } from 'urql';
import { useRun } from '../../../components/useRun';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { formatDate } from '../../../lib/format';
import { useUserSearch } from '../../casework/detail/useUserSearch';
import { CommitteeGate, usePartyAccess } from '../shared/access';
import { useFieldErrors } from '../shared/errors';
import { LoadBar } from '../shared/LoadBar';
import { usePT } from '../shared/texts';
import { CreateOfficerDocument, OfficerAssignmentsDocument, OfficersDocument, UpdateOfficerDocument } from './api';
import type { Officer } from './OfficerPicker';

const REFRESH = { additionalTypenames: ['GuidanceOfficer'] };

/**
 * The roster of guidance officers: unit, contact, account, load against
 * the county's maximum and whether on duty; the committee adds officers
 * (from the county's user accounts), edits them, takes them off duty, and
 * sees the organisations each guides.
 */
export default function OfficersPage() {
  return (
    <CommitteeGate>
      <Officers />
    </CommitteeGate>
  );
}

function Officers() {
  const { pt, t } = usePT();
  const { manage } = usePartyAccess();
  const run = useRun();
  const context = useMemo(() => REFRESH, []);
  const [res, reexecute] = useQuery({ query: OfficersDocument, variables: {}, context });
  const [{ fetching: updating }, update] = useMutation(UpdateOfficerDocument);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Officer | null>(null);
  const [viewing, setViewing] = useState<Officer | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  const officers = (res.data?.guidanceOfficers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const setActive = async (o: Officer, active: boolean) => {
    const ok = await run(update({ id: o.id, input: { active } }, REFRESH), pt(active ? 'officers.reactivated' : 'officers.deactivated', { name: o.name }));
    if (ok) refresh();
  };

  const columns: ColumnsType<Officer> = [
    { title: pt('field.name'), key: 'name', render: (_, o) => <strong>{o.name}</strong> },
    { title: pt('field.unit'), dataIndex: 'unit', render: (v: string) => v || pt('common.none') },
    { title: pt('field.phone'), dataIndex: 'phone', render: (v: string) => v || pt('common.none'), responsive: ['md'] },
    { title: pt('field.account'), key: 'account', render: (_, o) => <span className="mono">{o.user.username}</span>, responsive: ['lg'] },
    {
      title: pt('field.load'),
      key: 'load',
      sorter: (a, b) => a.currentLoad - b.currentLoad,
      render: (_, o) => <LoadBar load={o.currentLoad} max={o.maxLoad} compact />,
    },
    {
      title: pt('field.active'),
      key: 'active',
      render: (_, o) => (o.active ? <Tag color="green">{pt('officers.activeYes')}</Tag> : <Tag>{pt('officers.activeNo')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, o) => (
        <Space wrap size={4}>
          <Button size="small" onClick={() => setViewing(o)} data-testid="officer-assignments">
            {pt('officers.assignments')}
          </Button>
          {manage ? (
            <>
              <Button size="small" onClick={() => setEditing(o)}>
                {t('common.edit')}
              </Button>
              {o.active ? (
                o.currentLoad > 0 ? (
                  <Tooltip title={pt('officers.deactivateBlocked', { count: o.currentLoad })}>
                    <Button size="small" danger disabled>
                      {pt('officers.deactivate')}
                    </Button>
                  </Tooltip>
                ) : (
                  <Popconfirm title={pt('officers.deactivateConfirm', { name: o.name })} onConfirm={() => void setActive(o, false)}>
                    <Button size="small" danger loading={updating}>
                      {pt('officers.deactivate')}
                    </Button>
                  </Popconfirm>
                )
              ) : (
                <Button size="small" onClick={() => void setActive(o, true)} loading={updating}>
                  {pt('officers.reactivate')}
                </Button>
              )}
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {pt('officers.title')}
        </Typography.Title>
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-officer">
            {pt('officers.add')}
          </Button>
        ) : null}
      </div>
      {!manage ? <Alert type="info" showIcon message={pt('common.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Card size="small">
        <Table<Officer>
          rowKey="id"
          columns={columns}
          dataSource={officers}
          pagination={officers.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState title={pt('officers.empty')} /> }}
          data-testid="officer-roster"
        />
      </Card>
      {adding ? (
        <OfficerDialog
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            refresh();
          }}
        />
      ) : null}
      {editing ? (
        <OfficerDialog
          officer={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
      {viewing ? <AssignmentsDrawer officer={viewing} onClose={() => setViewing(null)} /> : null}
    </div>
  );
}

interface OfficerValues {
  userID?: string;
  name?: string;
  unit?: string;
  phone?: string;
}

/** Adds an officer (a user account of the county, found by search) or edits one. */
function OfficerDialog({ officer, onClose, onDone }: { officer?: Officer; onClose: () => void; onDone: () => void }) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficerValues>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const users = useUserSearch(q);
  const [{ fetching: creating }, create] = useMutation(CreateOfficerDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateOfficerDocument);

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const name = v.name?.trim() ?? '';
    const r = officer
      ? await update({ id: officer.id, input: { name, unit: v.unit?.trim() ?? '', phone: v.phone?.trim() ?? '' } }, REFRESH)
      : await create({ input: { userID: v.userID ?? '', name, unit: v.unit?.trim() || undefined, phone: v.phone?.trim() || undefined } }, REFRESH);
    if (r.error) {
      setFormError(place(r.error, form, ['userID', 'name', 'unit', 'phone']));
      return;
    }
    const saved = r.data && 'createGuidanceOfficer' in r.data ? r.data.createGuidanceOfficer.name : name;
    message.success(officer ? pt('common.saved') : pt('officers.created', { name: saved }));
    onDone();
  };

  return (
    <Modal
      open
      title={officer ? pt('officers.editTitle', { name: officer.name }) : pt('officers.addTitle')}
      onOk={() => void submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      destroyOnHidden
    >
      {!officer ? <Typography.Paragraph type="secondary">{pt('officers.addHint')}</Typography.Paragraph> : null}
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} data-testid="officer-error" /> : null}
      <Form form={form} layout="vertical" initialValues={officer ? { name: officer.name, unit: officer.unit, phone: officer.phone } : {}}>
        {!officer ? (
          <Form.Item name="userID" label={pt('field.account')} rules={[{ required: true, message: pt('common.searchUser') }]}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setQ}
              loading={users.loading}
              placeholder={pt('common.searchUser')}
              options={users.options}
              onChange={(id: string) => {
                // The account's name, without the "（username）", as the default name.
                const label = users.labels[id] ?? '';
                if (!form.getFieldValue('name')) form.setFieldsValue({ name: label.replace(/（.*）$/, '') });
              }}
              data-testid="officer-user"
            />
          </Form.Item>
        ) : null}
        <Form.Item name="name" label={pt('field.name')} rules={officer ? [{ required: true, whitespace: true }] : undefined}>
          <Input maxLength={50} placeholder={officer ? undefined : pt('officers.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="unit" label={pt('field.unit')}>
          <Input maxLength={100} placeholder={pt('officers.unitPlaceholder')} />
        </Form.Item>
        <Form.Item name="phone" label={pt('field.phone')}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The organisations an officer guides now (and, on request, guided). */
function AssignmentsDrawer({ officer, onClose }: { officer: Officer; onClose: () => void }) {
  const { pt, lang } = usePT();
  const [all, setAll] = useState(false);
  const [res] = useQuery({ query: OfficerAssignmentsDocument, variables: { officerID: officer.id, all }, requestPolicy: 'cache-and-network' });
  const rows = res.data?.officerAssignments ?? [];
  return (
    <Drawer open width={520} title={pt('officers.assignmentsTitle', { name: officer.name })} onClose={onClose}>
      <Space style={{ marginBottom: 12 }} wrap>
        <LoadBar load={officer.currentLoad} max={officer.maxLoad} />
        <span>
          <Switch size="small" checked={all} onChange={setAll} /> {pt('officers.showEnded')}
        </span>
      </Space>
      {res.error && !res.data ? (
        <ErrorState error={res.error} />
      ) : (
        <List
          loading={res.fetching && !res.data}
          dataSource={rows}
          locale={{ emptyText: pt('officers.noAssignments') }}
          renderItem={(a) => (
            <List.Item data-testid="officer-assignment">
              <List.Item.Meta
                title={<Link to={`/party/coverage/${a.organization.id}`}>{a.organization.name}</Link>}
                description={
                  <Space direction="vertical" size={0}>
                    <span>
                      {a.organization.town ?? ''} · {formatDate(a.startOn, lang)} – {a.endOn ? formatDate(a.endOn, lang) : pt('common.present')}
                    </span>
                    {a.endReason ? <span>{a.endReason}</span> : null}
                  </Space>
                }
              />
              {a.endOn ? <Tag>{pt('officers.ended')}</Tag> : <Tag color="blue">{pt('officers.current')}</Tag>}
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
