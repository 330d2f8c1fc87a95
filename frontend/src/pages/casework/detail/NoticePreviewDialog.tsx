import { Alert, Button, Descriptions, List, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_STATUS_COLOR } from '../model/states';
import type { NoticePreviewItem } from '../model/findings';

/**
 * The one-time deficiency notice as it will be issued, shown before issuing
 * it: a case gets one notice only, so the handler checks that it lists
 * everything (最多跑一次: never a second round of new demands).
 */
export function NoticePreviewDialog({
  items,
  supplementDays,
  busy,
  onIssue,
  onClose,
}: {
  items: readonly NoticePreviewItem[];
  supplementDays: number;
  busy: boolean;
  onIssue: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={640}
      title={t('casework.review.noticeTitle')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="issue" type="primary" danger loading={busy} onClick={onIssue} data-testid="notice-issue">
          {t('casework.review.issue')}
        </Button>,
      ]}
    >
      <div data-testid="notice-preview">
        <Alert type="warning" showIcon className="form-alert" message={t('casework.review.noticeWarning')} />
        <List
          size="small"
          bordered
          dataSource={[...items]}
          renderItem={(it) => (
            <List.Item data-testid="notice-preview-item" data-key={it.key}>
              <Typography.Text strong>{it.name}</Typography.Text>
              <Tag color={MATERIAL_STATUS_COLOR[it.status]}>{t(`casework.materialStatus.${it.status}`)}</Tag>
              {it.note ? <Typography.Text type="secondary">{it.note}</Typography.Text> : null}
            </List.Item>
          )}
        />
        <Descriptions column={1} size="small" className="notice-preview__terms">
          <Descriptions.Item label={t('casework.notice.deadline')}>
            {t('casework.review.noticeDeadline', { days: supplementDays })}
          </Descriptions.Item>
          <Descriptions.Item label={t('casework.notice.consequence')}>{t('casework.review.noticeConsequence')}</Descriptions.Item>
        </Descriptions>
      </div>
    </Modal>
  );
}
