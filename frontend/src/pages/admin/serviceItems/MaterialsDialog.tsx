import { useState } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ServiceItemFieldsFragment } from '../../../gql/graphql';
import { firstApiError } from '../../../lib/errors';
import { useErrorText } from '../../../components/States';
import { DOCUMENT_CATEGORIES } from '../../../components/documents/categories';
import { duplicateKeys, toMaterialInputs, type MaterialRow } from './materialsModel';
import { SetServiceItemMaterialsDocument } from './serviceItemsApi';

/** The content types people pick from; others can be typed in. */
const COMMON_FORMATS = ['application/pdf', 'image/jpeg', 'image/png'];

/** The materials editor: key, name, core flag, category, accepted formats, one row each. */
export function MaterialsDialog({ item, onClose }: { item: ServiceItemFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ materials: MaterialRow[] }>();
  const [{ fetching }, save] = useMutation(SetServiceItemMaterialsDocument);
  const [error, setError] = useState<string | null>(null);
  const m = (k: 'key' | 'name' | 'description' | 'core' | 'category' | 'formats') => t(`casework.items.material.${k}`);

  const submit = async () => {
    let v: { materials: MaterialRow[] };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const dup = duplicateKeys(v.materials ?? []);
    if (dup.length > 0) {
      setError(t('casework.items.material.duplicateKey', { key: dup.join('、') }));
      return;
    }
    setError(null);
    const res = await save({ id: item.id, materials: toMaterialInputs(v.materials ?? []) });
    if (res.error) {
      setError(errorText(firstApiError(res.error)));
      return;
    }
    message.success(t('casework.items.materialsSaved'));
    onClose();
  };

  return (
    <Modal
      open
      width={960}
      title={t('casework.items.materialsTitle', { name: item.name })}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={fetching} onClick={() => void submit()} data-testid="materials-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      <Alert type="info" showIcon className="form-alert" message={t('casework.items.materialsHint')} />
      {error ? <Alert type="error" showIcon role="alert" className="form-alert" message={error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ materials: item.materials.map((x) => ({ ...x, formats: x.formats ?? [] })) }}>
        <Form.List name="materials">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap className="material-row" data-testid="material-row">
                  <Form.Item name={[f.name, 'key']} label={m('key')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: m('key') }) }]}>
                    <Input maxLength={50} style={{ width: 120 }} className="mono" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} label={m('name')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: m('name') }) }]}>
                    <Input maxLength={100} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'category']} label={m('category')} rules={[{ required: true, message: t('common.requiredSelect', { field: m('category') }) }]}>
                    <Select style={{ width: 170 }} options={DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: t(`documents.category.${c}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'core']} label={m('core')} valuePropName="checked">
                    <Checkbox />
                  </Form.Item>
                  <Form.Item name={[f.name, 'formats']} label={m('formats')}>
                    <Select
                      mode="tags"
                      style={{ width: 200 }}
                      placeholder={t('casework.items.material.formatsPlaceholder')}
                      options={COMMON_FORMATS.map((x) => ({ value: x, label: x }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']} label={m('description')}>
                    <Input maxLength={500} style={{ width: 200 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('casework.items.removeMaterial')}
                    onClick={() => remove(f.name)}
                    className="material-row__remove"
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ core: false, category: 'OTHER', formats: [] })}>
                {t('casework.items.addMaterial')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
