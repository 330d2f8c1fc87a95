import { useState } from 'react';
import { Button, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { DecideCaseDocument } from '../caseMutations';
import type { useCaseStep } from './useCaseStep';

/** 准予 / 不予 with reasons; the server then issues the decision letter. */
export function DecideDialog({ caseID, step, onClose }: { caseID: string; step: ReturnType<typeof useCaseStep>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ approved: boolean; reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    let v: { approved: boolean; reason: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    const err = await step(DecideCaseDocument, { id: caseID, approved: v.approved, reason: v.reason.trim() }, 'DECIDE');
    setBusy(false);
    if (!err) onClose();
  };
  return (
    <Modal
      open
      title={t('casework.decide.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void submit()} data-testid="decide-ok">
          {t('common.confirm')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" initialValues={{ approved: true }} disabled={busy}>
        <Form.Item name="approved" label={t('casework.decide.result')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value={true} data-testid="decide-approve">
              {t('casework.decisionValue.APPROVED')}
            </Radio.Button>
            <Radio.Button value={false} data-testid="decide-reject">
              {t('casework.decisionValue.REJECTED')}
            </Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('casework.decide.reason')}
          rules={[{ required: true, whitespace: true, message: t('casework.decide.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="decide-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
