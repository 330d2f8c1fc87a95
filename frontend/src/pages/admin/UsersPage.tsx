import { useMemo, useState } from 'react';
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import { KeyOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { RoleAssignmentRole, UsersQuery } from '../../gql/graphql';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState } from '../../components/States';
import { apiErrors, describeError, type ApiError } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { currentLanguage } from '../../i18n';
import { MIN_PASSWORD } from '../ChangePasswordPage';

const UsersDocument = graphql(`
  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {
    users(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: { field: USERNAME, direction: ASC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          username
          displayName
          phone
          email
          status
          locked
          lastLoginAt
          manageable
          roleAssignments(first: 50) {
            edges {
              node {
                id
                role
                domain {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

const GrantableRolesDocument = graphql(`
  query GrantableRoles {
    grantableRoles
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

const UpdateUserStatusDocument = graphql(`
  mutation UpdateUserStatus($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      status
    }
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($userID: ID!, $newPassword: String!) {
    resetPassword(userID: $userID, newPassword: $newPassword)
  }
`);

const AssignRoleDocument = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      id
      role
    }
  }
`);

const RevokeRoleDocument = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`);

type UserRow = NonNullable<NonNullable<NonNullable<UsersQuery['users']['edges']>[number]>['node']>;

const PAGE_SIZE = 20;
const REFRESH = { additionalTypenames: ['User', 'RoleAssignment'] };

/** Puts field errors on the form and returns the rest. */
function placeErrors<T>(
  error: CombinedError,
  form: ReturnType<typeof Form.useForm<T>>[0],
  fields: readonly string[],
  t: (k: `errors.${ApiError['code']}`) => string,
): ApiError | null {
  const rest: ApiError[] = [];
  const placed: { name: string; errors: string[] }[] = [];
  for (const e of apiErrors(error)) {
    if (e.field && fields.includes(e.field) && e.code === 'BAD_USER_INPUT') {
      placed.push({ name: e.field, errors: [describeError(e, t)] });
    } else rest.push(e);
  }
  if (placed.length) form.setFields(placed as Parameters<typeof form.setFields>[0]);
  return rest[0] ?? null;
}

export default function UsersPage() {
  const { t } = useTranslation();
  const tr = (k: `errors.${ApiError['code']}`) => t(k);
  const lang = currentLanguage();
  const { message } = AntApp.useApp();
  const [search, setSearch] = useState('');
  const paging = useCursorPaging(PAGE_SIZE);
  const where = useMemo(() => (search ? { usernameContainsFold: search } : {}), [search]);
  const [result, reexecute] = useQuery({ query: UsersDocument, variables: { ...paging.variables, where } });
  const conn = result.data?.users;
  const rows: UserRow[] = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const [, createUser] = useMutation(CreateUserDocument);
  const [, updateUser] = useMutation(UpdateUserStatusDocument);
  const [, resetPassword] = useMutation(ResetPasswordDocument);
  const [, assignRole] = useMutation(AssignRoleDocument);
  const [, revokeRole] = useMutation(RevokeRoleDocument);

  const [createOpen, setCreateOpen] = useState(false);
  const [resetFor, setResetFor] = useState<UserRow | null>(null);
  const [assignFor, setAssignFor] = useState<UserRow | null>(null);
  const [modalError, setModalError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [createForm] = Form.useForm<{ username: string; displayName: string; phone?: string; email?: string; password: string }>();
  const [resetForm] = Form.useForm<{ newPassword: string }>();
  const [assignForm] = Form.useForm<{ role: RoleAssignmentRole }>();

  const toastError = (error: CombinedError) => message.error(describeError(apiErrors(error)[0], tr));
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const closeModals = () => {
    setCreateOpen(false);
    setResetFor(null);
    setAssignFor(null);
    setModalError(null);
  };
  // The server says which roles the viewer holds every right of; it checks
  // again on assignment.
  const [grantableResult] = useQuery({ query: GrantableRolesDocument });
  const grantable: readonly RoleAssignmentRole[] = grantableResult.data?.grantableRoles ?? [];

  const columns: TableProps<UserRow>['columns'] = [
    {
      title: t('users.fields.username'),
      dataIndex: 'username',
      key: 'username',
      render: (v: string) => <span className="mono">{v}</span>,
    },
    { title: t('users.fields.displayName'), dataIndex: 'displayName', key: 'displayName' },
    {
      title: t('users.fields.phone'),
      dataIndex: 'phone',
      key: 'phone',
      render: (v: string | null) => v || t('common.none'),
      responsive: ['xxl'],
    },
    {
      title: t('users.fields.status'),
      key: 'status',
      render: (_, u) => (
        <Space size={4} wrap>
          <Tag color={u.status === 'ACTIVE' ? 'green' : 'default'}>{t(`users.status.${u.status}`)}</Tag>
          {u.locked ? <Tag color="orange">{t('users.locked')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('users.roles'),
      key: 'roles',
      render: (_, u) => {
        const assignments = (u.roleAssignments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
        if (assignments.length === 0) return <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>;
        if (!u.manageable) {
          return (
            <Space size={[4, 4]} wrap>
              {assignments.map((a) => (
                <Tag key={a.id} color="blue">
                  {t(`users.role.${a.role}`)}
                </Tag>
              ))}
            </Space>
          );
        }
        return (
          <Space size={[4, 4]} wrap>
            {assignments.map((a) => (
              <Popconfirm
                key={a.id}
                title={t('users.revokeConfirm', { role: t(`users.role.${a.role}`) })}
                okText={t('users.revoke')}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  const res = await revokeRole({ id: a.id }, REFRESH);
                  if (res.error) toastError(res.error);
                  else {
                    message.success(t('users.revoked'));
                    refresh();
                  }
                }}
              >
                <Tag color="blue" className="role-tag">
                  <button type="button" className="tag-button" aria-label={`${t('users.revoke')} ${t(`users.role.${a.role}`)}`}>
                    {t(`users.role.${a.role}`)} ×
                  </button>
                </Tag>
              </Popconfirm>
            ))}
          </Space>
        );
      },
    },
    {
      title: t('users.fields.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      render: (v: string | null) => (v ? formatDateTime(v, lang) : t('common.none')),
      responsive: ['xxl'],
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, u) =>
        !u.manageable ? (
          <Tooltip title={t('users.outranksYou')}>
            <Typography.Text type="secondary">{t('users.notManageable')}</Typography.Text>
          </Tooltip>
        ) : (
          <Space size={0} wrap>
            <Button type="link" size="small" icon={<UserAddOutlined />} onClick={() => setAssignFor(u)}>
              {t('users.assignRole')}
            </Button>
            <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => setResetFor(u)}>
              {t('users.resetPassword')}
            </Button>
            {u.status === 'ACTIVE' ? (
              <Popconfirm
                title={t('users.disableConfirm', { name: u.displayName })}
                okText={t('users.disable')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  const res = await updateUser({ id: u.id, input: { status: 'DISABLED' } }, REFRESH);
                  if (res.error) toastError(res.error);
                  else message.success(t('users.disabled'));
                }}
              >
                <Button type="link" size="small" danger icon={<StopOutlined />}>
                  {t('users.disable')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                type="link"
                size="small"
                icon={<CheckCircleOutlined />}
                onClick={async () => {
                  const res = await updateUser({ id: u.id, input: { status: 'ACTIVE' } }, REFRESH);
                  if (res.error) toastError(res.error);
                  else message.success(t('users.enabled'));
                }}
              >
                {t('users.enable')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  const modalAlert = modalError ? (
    <Alert type="error" showIcon role="alert" className="form-alert" message={describeError(modalError, tr)} />
  ) : null;

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('users.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)} data-testid="user-create">
          {t('users.create')}
        </Button>
      </div>
      <Card className="filter-card" size="small">
        <Form layout="vertical" role="search">
          <Form.Item label={t('users.searchLabel')} htmlFor="user-search" style={{ maxWidth: 420, marginBottom: 0 }}>
            <Input.Search
              id="user-search"
              placeholder={t('users.searchPlaceholder')}
              allowClear
              enterButton={t('common.search')}
              onSearch={(v) => {
                setSearch(v.trim());
                paging.reset();
              }}
            />
          </Form.Item>
        </Form>
      </Card>
      <Card className="table-card">
        {result.error && !result.data ? (
          <ErrorState error={result.error} onRetry={refresh} />
        ) : (
          <>
            <Table<UserRow>
              rowKey="id"
              size="middle"
              data-testid="user-table"
              columns={columns}
              dataSource={rows}
              loading={result.fetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: result.fetching ? t('common.loading') : <EmptyState title={t('users.emptyList')} /> }}
            />
            <CursorPager
              paging={paging}
              pageInfo={conn?.pageInfo}
              total={t('common.total', { total: formatNumber(conn?.totalCount ?? 0, lang) })}
            />
          </>
        )}
      </Card>

      <Modal
        open={createOpen}
        title={t('users.createTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onCancel={closeModals}
        onOk={() => createForm.submit()}
        destroyOnHidden
      >
        {modalAlert}
        <Form
          form={createForm}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            setBusy(true);
            setModalError(null);
            const res = await createUser(
              {
                input: {
                  username: v.username.trim(),
                  displayName: v.displayName.trim(),
                  password: v.password,
                  ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
                  ...(v.email?.trim() ? { email: v.email.trim() } : {}),
                },
              },
              REFRESH,
            );
            setBusy(false);
            if (res.error) {
              setModalError(placeErrors(res.error, createForm, ['username', 'displayName', 'phone', 'email', 'password'], tr));
              return;
            }
            message.success(t('users.created'));
            closeModals();
            refresh();
          }}
        >
          <Form.Item
            label={t('users.fields.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.fields.username') }) }]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
          <Form.Item
            label={t('users.fields.displayName')}
            name="displayName"
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.fields.displayName') }) }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('users.fields.phone')} name="phone">
            <Input type="tel" maxLength={32} />
          </Form.Item>
          <Form.Item label={t('users.fields.email')} name="email" rules={[{ type: 'email' }]}>
            <Input type="email" maxLength={254} />
          </Form.Item>
          <Form.Item
            label={t('users.fields.password')}
            name="password"
            rules={[
              { required: true, message: t('common.required', { field: t('users.fields.password') }) },
              { min: MIN_PASSWORD, message: t('account.tooShort', { min: MIN_PASSWORD }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={resetFor !== null}
        title={resetFor ? t('users.resetTitle', { name: resetFor.displayName }) : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onCancel={closeModals}
        onOk={() => resetForm.submit()}
        destroyOnHidden
      >
        {modalAlert}
        <Form
          form={resetForm}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            if (!resetFor) return;
            setBusy(true);
            setModalError(null);
            const res = await resetPassword({ userID: resetFor.id, newPassword: v.newPassword });
            setBusy(false);
            if (res.error) {
              setModalError(placeErrors(res.error, resetForm, ['newPassword'], tr));
              return;
            }
            message.success(t('users.resetDone'));
            closeModals();
          }}
        >
          <Form.Item
            label={t('users.fields.newPassword')}
            name="newPassword"
            rules={[
              { required: true, message: t('common.required', { field: t('users.fields.newPassword') }) },
              { min: MIN_PASSWORD, message: t('account.tooShort', { min: MIN_PASSWORD }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={assignFor !== null}
        title={assignFor ? t('users.assignTitle', { name: assignFor.displayName }) : ''}
        okText={t('users.assignRole')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onCancel={closeModals}
        onOk={() => assignForm.submit()}
        destroyOnHidden
      >
        {modalAlert}
        <Form
          form={assignForm}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            if (!assignFor) return;
            setBusy(true);
            setModalError(null);
            const res = await assignRole({ input: { userID: assignFor.id, role: v.role } }, REFRESH);
            setBusy(false);
            if (res.error) {
              setModalError(placeErrors(res.error, assignForm, ['role'], tr));
              return;
            }
            message.success(t('users.assigned'));
            closeModals();
            refresh();
          }}
        >
          <Form.Item
            label={t('users.fields.role')}
            name="role"
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.fields.role') }) }]}
          >
            <Select options={grantable.map((r) => ({ value: r, label: t(`users.role.${r}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
