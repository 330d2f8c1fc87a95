import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { firstApiError } from '../../../lib/errors';
import { useErrorText } from '../../../components/States';
import { ResolveFollowUpDocument } from '../caseMutations';

/** A supervisor closes the follow-up a low rating opened, saying how it was handled. */
export function FollowUpDialog({ caseID, onClose }: { caseID: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [{ fetching }, resolve] = useMutation(ResolveFollowUpDocument);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    let v: { note: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const res = await resolve({ id: caseID, note: v.note.trim() });
    if (res.error) {
      setError(errorText(firstApiError(res.error)));
      return;
    }
    message.success(t('casework.rate.followUpResolved'));
    onClose();
  };
  return (
    <Modal
      open
      title={t('casework.rate.followUpTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={fetching} onClick={() => void submit()} data-testid="follow-up-ok">
          {t('common.save')}
        </Button>,
      ]}
    >
      {error ? <Alert type="error" showIcon role="alert" className="form-alert" message={error} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label={t('casework.rate.followUpNote')}
          rules={[{ required: true, whitespace: true, message: t('casework.rate.followUpNoteRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
