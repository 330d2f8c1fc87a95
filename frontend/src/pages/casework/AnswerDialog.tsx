import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { firstApiError } from '../../lib/errors';
import { useErrorText } from '../../components/States';
import { AnswerConsultationDocument } from './caseMutations';

/** A consulted unit's answer: agree, or disagree with the reasons. */
export function AnswerDialog({ id, unit, onClose }: { id: string; unit: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ agree: boolean; reason?: string }>();
  const agree = Form.useWatch('agree', form);
  const [{ fetching }, answer] = useMutation(AnswerConsultationDocument);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    let v: { agree: boolean; reason?: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const res = await answer({ id, agree: v.agree, reason: v.reason?.trim() || undefined });
    if (res.error) {
      setError(errorText(firstApiError(res.error)));
      return;
    }
    message.success(t('casework.inbox.answered'));
    onClose();
  };
  return (
    <Modal
      open
      title={t('casework.inbox.answerTitle', { unit })}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={fetching} onClick={() => void submit()} data-testid="answer-ok">
          {t('casework.inbox.answer')}
        </Button>,
      ]}
    >
      {error ? <Alert type="error" showIcon role="alert" className="form-alert" message={error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ agree: true }}>
        <Form.Item name="agree" label={t('casework.consult.answer')}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value={true}>{t('casework.inbox.agree')}</Radio.Button>
            <Radio.Button value={false}>{t('casework.inbox.disagree')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('casework.inbox.reason')}
          rules={[{ required: agree === false, whitespace: true, message: t('casework.inbox.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
