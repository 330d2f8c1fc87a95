import { useState } from 'react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { WithdrawCaseDocument } from '../caseMutations';
import type { useCaseStep } from './useCaseStep';

/** The applicant takes the case back before the decision. */
export function WithdrawDialog({ caseID, step, onClose }: { caseID: string; step: ReturnType<typeof useCaseStep>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const reason = form.getFieldValue('reason') as string | undefined;
    const err = await step(WithdrawCaseDocument, { id: caseID, reason: reason?.trim() || undefined }, 'WITHDRAW');
    setBusy(false);
    if (!err) onClose();
  };
  return (
    <Modal
      open
      title={t('casework.withdraw.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" danger loading={busy} onClick={() => void submit()} data-testid="withdraw-ok">
          {t('casework.action.WITHDRAW')}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon className="form-alert" message={t('casework.withdraw.confirm')} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('casework.withdraw.reason')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
