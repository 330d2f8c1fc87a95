import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Form, Input, Modal, Table, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DomainsQuery } from '../../gql/graphql';
import { EmptyState, ErrorState } from '../../components/States';
import { apiErrors, describeError, type ApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../i18n';
import { MIN_PASSWORD } from '../ChangePasswordPage';

const DomainsDocument = graphql(`
  query Domains {
    domains(first: 200, orderBy: { field: CODE, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          code
          name
          bureauName
          casePrefix
          createdAt
        }
      }
    }
  }
`);

const CreateDomainDocument = graphql(`
  mutation CreateDomain($input: NewDomainInput!) {
    createDomain(input: $input) {
      id
    }
  }
`);

type Row = NonNullable<NonNullable<NonNullable<DomainsQuery['domains']['edges']>[number]>['node']>;

interface FormValues {
  code: string;
  name: string;
  bureauName?: string;
  casePrefix?: string;
  username: string;
  displayName: string;
  phone?: string;
  password: string;
}

/** Platform admins: every county (domain), and creating one with its first bureau admin. */
export default function DomainsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [res, reexecute] = useQuery({ query: DomainsDocument });
  const [, createDomain] = useMutation(CreateDomainDocument);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<FormValues>();

  if (res.error) return <ErrorState error={apiErrors(res.error)[0]} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const rows = (res.data?.domains.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const columns: TableProps<Row>['columns'] = [
    { title: t('domains.code'), dataIndex: 'code', width: 110 },
    { title: t('domains.name'), dataIndex: 'name' },
    { title: t('domains.bureauName'), dataIndex: 'bureauName' },
    { title: t('domains.casePrefix'), dataIndex: 'casePrefix', width: 110 },
    {
      title: t('domains.createdAt'),
      dataIndex: 'createdAt',
      render: (v: string) => formatDateTime(v, currentLanguage()),
    },
  ];

  const submit = async (v: FormValues) => {
    setBusy(true);
    setFormError(null);
    const out = await createDomain(
      {
        input: {
          code: v.code.trim(),
          name: v.name.trim(),
          bureauName: v.bureauName?.trim() || null,
          casePrefix: v.casePrefix?.trim() || null,
          firstAdmin: { username: v.username.trim(), displayName: v.displayName.trim(), phone: v.phone?.trim() || null, password: v.password },
        },
      },
      { additionalTypenames: ['Domain', 'DomainConnection'] },
    );
    setBusy(false);
    if (out.error) {
      const errs = apiErrors(out.error);
      const placed = errs.filter((e) => e.field).map((e) => ({ name: fieldName(e.field!), errors: [describeError(e, t)] }));
      if (placed.length > 0) form.setFields(placed);
      else setFormError(errs[0]);
      return;
    }
    message.success(t('domains.created'));
    setOpen(false);
    form.resetFields();
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <Card
      title={<Typography.Title level={4}>{t('domains.title')}</Typography.Title>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-domain">
          {t('domains.create')}
        </Button>
      }
    >
      <Table<Row>
        rowKey="id"
        loading={res.fetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <EmptyState title={t("domains.empty")} /> }}
      />
      <Modal
        open={open}
        title={t('domains.createTitle')}
        okText={t('domains.create')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {formError ? <Alert type="error" showIcon role="alert" className="form-alert" message={describeError(formError, t)} /> : null}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark>
          <Form.Item name="code" label={t('domains.code')} extra={t('domains.codeHelp')} rules={[{ required: true, pattern: /^[1-9]\d{5}$/, message: t('domains.codeRule') }]}>
            <Input inputMode="numeric" maxLength={6} />
          </Form.Item>
          <Form.Item name="name" label={t('domains.name')} rules={[{ required: true, message: t('domains.required') }]}>
            <Input maxLength={100} placeholder="德清县" />
          </Form.Item>
          <Form.Item name="bureauName" label={t('domains.bureauName')}>
            <Input maxLength={100} placeholder="德清县民政局" />
          </Form.Item>
          <Form.Item name="casePrefix" label={t('domains.casePrefix')} rules={[{ pattern: /^[A-Z]{1,6}$/, message: t('domains.casePrefixRule') }]}>
            <Input maxLength={6} placeholder="DQ" />
          </Form.Item>
          <Typography.Title level={5}>{t('domains.firstAdmin')}</Typography.Title>
          <Form.Item name="username" label={t('domains.username')} rules={[{ required: true, message: t('domains.required') }]}>
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
          <Form.Item name="displayName" label={t('domains.displayName')} rules={[{ required: true, message: t('domains.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="phone" label={t('domains.phone')}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="password" label={t('domains.password')} rules={[{ required: true, min: MIN_PASSWORD, message: t('domains.passwordRule', { min: MIN_PASSWORD }) }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** The form field an API error's field (code, firstAdmin.username) names. */
export function fieldName(field: string): keyof FormValues {
  const last = field.split('.').pop() ?? field;
  return (['code', 'name', 'bureauName', 'casePrefix', 'username', 'displayName', 'phone', 'password'].includes(last) ? last : 'code') as keyof FormValues;
}
