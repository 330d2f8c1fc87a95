import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import type { PartyOrganizationKind, PartyOrganizationsQuery } from '../../../gql/graphql';
import { apiTimeToDate, formatDate } from '../../../lib/format';
import { CommitteeGate, usePartyAccess } from '../shared/access';
import { chinaToday, dayToApi } from '../shared/dates';
import { useFieldErrors } from '../shared/errors';
import { PARTY_ORG_KINDS } from '../shared/model';
import { PartyOrgKindTag } from '../shared/tags';
import { usePT } from '../shared/texts';
import { CreatePartyOrganizationDocument, PartyOrganizationsDocument, UpdatePartyOrganizationDocument } from './api';
import { useOrgSearch } from './useOrgSearch';

type PartyOrg = NonNullable<NonNullable<NonNullable<PartyOrganizationsQuery['partyOrganizations']['edges']>[number]>['node']>;

const REFRESH = { additionalTypenames: ['PartyOrganization'] };

/**
 * The county's party organisations (the comprehensive committee, standalone
 * and joint branches): secretary, members, founding date and how many
 * organisations each covers; the committee sets them up and edits them.
 */
export default function OrganizationsPage() {
  return (
    <CommitteeGate>
      <PartyOrganizations />
    </CommitteeGate>
  );
}

function PartyOrganizations() {
  const { pt, t, lang } = usePT();
  const { manage } = usePartyAccess();
  const context = useMemo(() => REFRESH, []);
  const [res, reexecute] = useQuery({ query: PartyOrganizationsDocument, context });
  const [editing, setEditing] = useState<PartyOrg | 'new' | null>(null);
  const [kind, setKind] = useState<PartyOrganizationKind | undefined>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  const all = (res.data?.partyOrganizations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const rows = kind ? all.filter((p) => p.kind === kind) : all;

  const columns: ColumnsType<PartyOrg> = [
    {
      title: pt('field.partyOrgName'),
      key: 'name',
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <strong>{p.name}</strong>
          {p.parent ? <Typography.Text type="secondary">{p.parent.name}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: pt('field.partyOrgKind'),
      key: 'kind',
      render: (_, p) => (
        <Space size={4}>
          <PartyOrgKindTag kind={p.kind} />
          {p.dissolvedOn ? <Tag>{pt('orgs.dissolved')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: pt('field.ownerOrganization'),
      key: 'org',
      responsive: ['md'],
      render: (_, p) => (p.organization ? <Link to={`/party/coverage/${p.organization.id}`}>{p.organization.name}</Link> : pt('common.none')),
    },
    {
      title: pt('field.secretary'),
      key: 'secretary',
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <span>{p.secretary || pt('common.none')}</span>
          {p.secretaryPhone ? <Typography.Text type="secondary">{p.secretaryPhone}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: pt('field.members'),
      key: 'members',
      render: (_, p) => pt('orgs.membersValue', { full: p.fullMembers, probationary: p.probationaryMembers }),
    },
    { title: pt('field.foundedOn'), key: 'founded', responsive: ['lg'], render: (_, p) => formatDate(p.foundedOn, lang) },
    { title: pt('field.coveredCount'), dataIndex: 'coveredCount', align: 'right' },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: PartyOrg) => (
              <Button size="small" onClick={() => setEditing(p)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {pt('orgs.title')}
        </Typography.Title>
        {manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-party-org">
            {pt('orgs.add')}
          </Button>
        ) : null}
      </div>
      {!manage ? <Alert type="info" showIcon message={pt('common.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Card size="small" className="filter-card">
        <Space wrap>
          <Select
            allowClear
            placeholder={pt('field.partyOrgKind')}
            value={kind}
            onChange={setKind}
            style={{ width: 180 }}
            options={PARTY_ORG_KINDS.map((k) => ({ value: k, label: pt(`kind.${k}`) }))}
          />
          {PARTY_ORG_KINDS.map((k) => (
            <Tag key={k} data-testid="party-org-summary" data-kind={k}>
              {pt('orgs.summary', { kind: pt(`kind.${k}`), count: all.filter((p) => p.kind === k && !p.dissolvedOn).length })}
            </Tag>
          ))}
        </Space>
      </Card>
      <Card size="small" style={{ marginTop: 16 }}>
        <Table<PartyOrg>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState title={pt('orgs.empty')} /> }}
          data-testid="party-org-table"
        />
      </Card>
      {editing ? (
        <PartyOrgDialog
          partyOrg={editing === 'new' ? undefined : editing}
          all={all}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}

interface OrgValues {
  kind: PartyOrganizationKind;
  name: string;
  parentID?: string;
  organizationID?: string;
  secretary?: string;
  secretaryPhone?: string;
  fullMembers: number;
  probationaryMembers?: number;
  foundedOn: string;
}

const FIELDS = ['kind', 'name', 'parentID', 'organizationID', 'secretary', 'secretaryPhone', 'fullMembers', 'probationaryMembers', 'foundedOn'];

/**
 * Sets up or edits a party organisation. The rule that a branch needs at
 * least 3 full members is the server's: its refusal shows at fullMembers.
 */
export function PartyOrgDialog({
  partyOrg,
  all,
  onClose,
  onDone,
}: {
  partyOrg?: PartyOrg;
  all: readonly PartyOrg[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgValues>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const orgs = useOrgSearch(q, partyOrg?.organization ? { value: partyOrg.organization.id, label: partyOrg.organization.name } : undefined);
  const [{ fetching: creating }, create] = useMutation(CreatePartyOrganizationDocument);
  const [{ fetching: updating }, update] = useMutation(UpdatePartyOrganizationDocument);
  const kind = Form.useWatch('kind', form) ?? partyOrg?.kind ?? 'STANDALONE';
  const today = chinaToday();

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const input = {
      kind: v.kind,
      name: v.name.trim(),
      parentID: v.parentID || undefined,
      organizationID: v.kind === 'COMMITTEE' ? undefined : v.organizationID || undefined,
      secretary: v.secretary?.trim() ?? '',
      secretaryPhone: v.secretaryPhone?.trim() ?? '',
      fullMembers: v.fullMembers ?? 0,
      probationaryMembers: v.probationaryMembers ?? 0,
      foundedOn: dayToApi(v.foundedOn),
    };
    const r = partyOrg ? await update({ id: partyOrg.id, input }, REFRESH) : await create({ input }, REFRESH);
    if (r.error) {
      setFormError(place(r.error, form, FIELDS));
      return;
    }
    message.success(partyOrg ? pt('orgs.updated', { name: input.name }) : pt('orgs.created', { name: input.name }));
    onDone();
  };

  const parents = all.filter((p) => p.id !== partyOrg?.id && p.kind === 'COMMITTEE');

  return (
    <Modal
      open
      width={640}
      title={partyOrg ? pt('orgs.editTitle', { name: partyOrg.name }) : pt('orgs.addTitle')}
      onOk={() => void submit()}
      confirmLoading={creating || updating}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} data-testid="party-org-error" /> : null}
      <Form
        form={form}
        layout="vertical"
        data-testid="party-org-form"
        initialValues={
          partyOrg
            ? {
                kind: partyOrg.kind,
                name: partyOrg.name,
                parentID: partyOrg.parentID ?? undefined,
                organizationID: partyOrg.organizationID ?? undefined,
                secretary: partyOrg.secretary,
                secretaryPhone: partyOrg.secretaryPhone,
                fullMembers: partyOrg.fullMembers,
                probationaryMembers: partyOrg.probationaryMembers,
                foundedOn: apiTimeToDate(partyOrg.foundedOn),
              }
            : { kind: 'STANDALONE', fullMembers: 3, probationaryMembers: 0, foundedOn: today, parentID: parents[0]?.id }
        }
      >
        <Form.Item name="kind" label={pt('field.partyOrgKind')} rules={[{ required: true }]} extra={partyOrg ? pt('orgs.kindFixed') : undefined}>
          <Select disabled={Boolean(partyOrg)} options={PARTY_ORG_KINDS.map((k) => ({ value: k, label: pt(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={pt('field.partyOrgName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        {kind !== 'COMMITTEE' ? (
          <>
            <Form.Item name="parentID" label={pt('field.parent')}>
              <Select allowClear options={parents.map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
            <Form.Item
              name="organizationID"
              label={pt('field.ownerOrganization')}
              extra={pt('orgs.ownerHint')}
              rules={kind === 'STANDALONE' ? [{ required: true, message: pt('common.searchOrganization') }] : undefined}
            >
              <Select
                allowClear
                showSearch
                filterOption={false}
                onSearch={setQ}
                loading={orgs.loading}
                placeholder={pt('common.searchOrganization')}
                options={orgs.options}
                data-testid="party-org-owner"
              />
            </Form.Item>
          </>
        ) : null}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="secretary" label={pt('field.secretary')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="secretaryPhone" label={pt('field.secretaryPhone')}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="fullMembers"
              label={pt('field.fullMembers')}
              rules={[{ required: true }]}
              extra={kind !== 'COMMITTEE' ? pt('orgs.fullMembersHint') : undefined}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="party-org-full" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="probationaryMembers" label={pt('field.probationaryMembers')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="foundedOn" label={pt('field.foundedOn')} rules={[{ required: true }]}>
              <Input type="date" max={today} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
