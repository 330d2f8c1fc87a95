import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, InputNumber, Modal, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ServiceItemFieldsFragment } from '../../../gql/graphql';
import { firstApiError } from '../../../lib/errors';
import { useErrorText } from '../../../components/States';
import { CreateServiceItemDocument, UpdateServiceItemDocument } from './serviceItemsApi';

interface Values {
  code: string;
  name: string;
  description?: string;
  statutoryDays: number;
  promisedDays: number;
  supplementDays: number;
  delegated: boolean;
  active: boolean;
}

/** Create or edit a service item's terms (its materials have their own editor). */
export function ServiceItemDialog({ item, onClose }: { item: ServiceItemFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [create, createItem] = useMutation(CreateServiceItemDocument);
  const [update, updateItem] = useMutation(UpdateServiceItemDocument);
  const [error, setError] = useState<string | null>(null);
  const f = (k: keyof Values) => t(`casework.items.fields.${k}`);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    const description = v.description?.trim();
    const common = {
      code: v.code.trim(),
      name: v.name.trim(),
      statutoryDays: v.statutoryDays,
      promisedDays: v.promisedDays,
      supplementDays: v.supplementDays,
      delegated: v.delegated,
      active: v.active,
    };
    const res = item
      ? await updateItem({ id: item.id, input: { ...common, ...(description ? { description } : { clearDescription: true }) } })
      : await createItem({ input: { ...common, ...(description ? { description } : {}) } });
    if (res.error) {
      setError(errorText(firstApiError(res.error)));
      return;
    }
    message.success(t('casework.items.saved'));
    onClose();
  };

  return (
    <Modal
      open
      width={640}
      title={item ? t('casework.items.editTitle', { name: item.name }) : t('casework.items.createTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={create.fetching || update.fetching} onClick={() => void submit()} data-testid="item-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      {error ? <Alert type="error" showIcon role="alert" className="form-alert" message={error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          item
            ? { ...item, description: item.description ?? '' }
            : { statutoryDays: 20, promisedDays: 5, supplementDays: 5, delegated: false, active: true }
        }
      >
        <Space wrap align="start">
          <Form.Item label={f('code')} name="code" rules={[{ required: true, whitespace: true, message: t('common.required', { field: f('code') }) }]}>
            <Input maxLength={50} style={{ width: 200 }} className="mono" />
          </Form.Item>
          <Form.Item label={f('name')} name="name" rules={[{ required: true, whitespace: true, message: t('common.required', { field: f('name') }) }]}>
            <Input maxLength={100} style={{ width: 340 }} />
          </Form.Item>
        </Space>
        <Form.Item label={f('description')} name="description">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label={f('statutoryDays')} name="statutoryDays" rules={[{ required: true }]}>
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item
            label={f('promisedDays')}
            name="promisedDays"
            dependencies={['statutoryDays']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, v: number) =>
                  v > (getFieldValue('statutoryDays') as number) ? Promise.reject(new Error(t('casework.items.promisedTooLong'))) : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item label={f('supplementDays')} name="supplementDays" rules={[{ required: true }]}>
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item label={f('delegated')} name="delegated" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item label={f('active')} name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
