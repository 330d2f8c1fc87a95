import { useState } from 'react';
import { Button, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDeliveryMethod } from '../../../gql/graphql';
import { DELIVERY_METHODS } from '../model/states';
import { DeliverCaseDocument } from '../caseMutations';
import type { useCaseStep } from './useCaseStep';

/** 送达: how the outcome reached the applicant; a courier needs its tracking number. */
export function DeliverDialog({ caseID, step, onClose }: { caseID: string; step: ReturnType<typeof useCaseStep>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ method: CaseDeliveryMethod; trackingNumber?: string }>();
  const method = Form.useWatch('method', form);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    let v: { method: CaseDeliveryMethod; trackingNumber?: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    const tracking = v.method === 'COURIER' ? v.trackingNumber?.trim() : undefined;
    const err = await step(DeliverCaseDocument, { id: caseID, method: v.method, trackingNumber: tracking }, 'DELIVER');
    setBusy(false);
    if (!err) onClose();
  };
  return (
    <Modal
      open
      title={t('casework.deliver.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void submit()} data-testid="deliver-ok">
          {t('common.confirm')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" initialValues={{ method: 'ONLINE' }} disabled={busy}>
        <Form.Item name="method" label={t('casework.deliver.method')} rules={[{ required: true }]}>
          <Radio.Group>
            {DELIVERY_METHODS.map((m) => (
              <Radio key={m} value={m} data-testid={`deliver-${m}`}>
                {t(`casework.deliveryMethod.${m}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {method === 'COURIER' ? (
          <Form.Item
            name="trackingNumber"
            label={t('casework.deliver.trackingNumber')}
            rules={[{ required: true, whitespace: true, message: t('casework.deliver.trackingRequired') }, { max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
