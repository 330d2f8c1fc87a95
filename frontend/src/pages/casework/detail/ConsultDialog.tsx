import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ConsultInput } from '../../../gql/graphql';
import { ConsultCaseDocument } from '../caseMutations';
import { UserPicker } from './UserPicker';
import type { useCaseStep } from './useCaseStep';

interface UnitValue {
  unit?: string;
  assigneeID?: string;
  dueDays?: number;
}

/** The mutation's units from the form: names trimmed, rows left half-empty by the form's rules never reach here. */
export function consultInputs(units: readonly UnitValue[]): ConsultInput[] {
  return units.map((u) => ({ unit: (u.unit ?? '').trim(), assigneeID: u.assigneeID ?? '', dueDays: u.dueDays ?? 0 }));
}

/** 并联审批: consult several units at once, each with who answers and in how many working days. */
export function ConsultDialog({ caseID, step, onClose }: { caseID: string; step: ReturnType<typeof useCaseStep>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ units: UnitValue[] }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    let v: { units: UnitValue[] };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    const err = await step(ConsultCaseDocument, { id: caseID, units: consultInputs(v.units) }, 'CONSULT');
    setBusy(false);
    if (!err) onClose();
  };
  return (
    <Modal
      open
      width={760}
      title={t('casework.consult.dialogTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void submit()} data-testid="consult-ok">
          {t('casework.consult.send')}
        </Button>,
      ]}
    >
      <Alert type="info" showIcon className="form-alert" message={t('casework.consult.hint')} />
      <Form form={form} layout="vertical" initialValues={{ units: [{ dueDays: 3 }] }}>
        <Form.List
          name="units"
          rules={[
            {
              validator: (_, units?: UnitValue[]) =>
                units && units.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('casework.consult.unitsRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap className="consult-unit">
                  <Form.Item
                    name={[f.name, 'unit']}
                    label={t('casework.consult.unit')}
                    rules={[{ required: true, whitespace: true, message: t('casework.consult.unitRequired') }, { max: 100 }]}
                  >
                    <Input placeholder={t('casework.consult.unitPlaceholder')} style={{ width: 240 }} maxLength={100} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'assigneeID']}
                    label={t('casework.consult.assignee')}
                    rules={[{ required: true, message: t('casework.consult.assigneeRequired') }]}
                  >
                    <UserPicker />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueDays']} label={t('casework.consult.dueDays')} rules={[{ required: true }]}>
                    <InputNumber min={1} max={60} precision={0} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('casework.consult.removeUnit')} onClick={() => remove(f.name)} className="consult-unit__remove" />
                  ) : null}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ dueDays: 3 })}>
                {t('casework.consult.addUnit')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
