import { Button, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_STATUS_COLOR } from '../model/states';
import type { NoticePreviewItem } from '../model/findings';

/** Returning a case: every reason at once, with the materials found lacking. */
export function ReturnDialog({
  lacking,
  busy,
  onReturn,
  onClose,
}: {
  lacking: readonly NoticePreviewItem[];
  busy: boolean;
  onReturn: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async () => {
    try {
      const v = await form.validateFields();
      onReturn(v.reason.trim());
    } catch {
      // the form shows what is missing
    }
  };
  return (
    <Modal
      open
      title={t('casework.review.returnTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" danger loading={busy} onClick={() => void submit()} data-testid="return-ok">
          {t('casework.action.RETURN')}
        </Button>,
      ]}
    >
      {lacking.length > 0 ? (
        <List
          size="small"
          className="form-alert"
          dataSource={[...lacking]}
          renderItem={(it) => (
            <List.Item>
              <Typography.Text strong>{it.name}</Typography.Text>
              <Tag color={MATERIAL_STATUS_COLOR[it.status]}>{t(`casework.materialStatus.${it.status}`)}</Tag>
              {it.note ? <Typography.Text type="secondary">{it.note}</Typography.Text> : null}
            </List.Item>
          )}
        />
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item
          label={t('casework.review.returnReason')}
          name="reason"
          extra={t('casework.review.returnReasonHint')}
          rules={[{ required: true, whitespace: true, message: t('casework.review.returnReasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
