import { Button, List, Progress, Space, Typography } from 'antd';
import { CloseOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../lib/format';
import { currentLanguage } from '../../i18n';
import type { UploadItem } from './useDocumentUploader';

const PROGRESS_STATUS: Record<UploadItem['status'], 'normal' | 'active' | 'success' | 'exception'> = {
  queued: 'normal',
  hashing: 'active',
  uploading: 'active',
  completing: 'active',
  done: 'success',
  failed: 'exception',
  rejected: 'exception',
  cancelled: 'normal',
};

/** One row per chosen file: name, size, state, progress bar, and what can be done with it. */
export function UploadItemList({
  items,
  onRetry,
  onCancel,
  onRemove,
}: {
  items: readonly UploadItem[];
  onRetry: (key: string) => void;
  onCancel: (key: string) => void;
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (items.length === 0) return null;
  return (
    <List
      className="upload-items"
      size="small"
      dataSource={items as UploadItem[]}
      renderItem={(it) => {
        const running = it.status === 'hashing' || it.status === 'uploading' || it.status === 'completing';
        const actions = [];
        if (it.status === 'failed' || it.status === 'cancelled') {
          actions.push(
            <Button key="retry" size="small" icon={<ReloadOutlined />} onClick={() => onRetry(it.key)} data-testid="upload-retry">
              {t('documents.uploader.retry')}
            </Button>,
          );
        }
        if (running && it.status !== 'completing') {
          actions.push(
            <Button key="cancel" size="small" type="text" icon={<StopOutlined />} onClick={() => onCancel(it.key)}>
              {t('documents.uploader.cancel')}
            </Button>,
          );
        }
        if (!running && it.status !== 'done') {
          actions.push(
            <Button
              key="remove"
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label={`${t('documents.uploader.remove')} ${it.name}`}
              onClick={() => onRemove(it.key)}
            />,
          );
        }
        let detail = t(`documents.uploader.status.${it.status}`);
        if (it.status === 'hashing') detail = t('documents.uploader.hashing', { percent: it.percent });
        if (it.retry) detail = t('documents.uploader.retrying', { attempt: it.retry });
        return (
          <List.Item actions={actions} data-testid="upload-item" data-status={it.status}>
            <div className="upload-items__body">
              <Space wrap size={[8, 0]}>
                <Typography.Text strong ellipsis className="upload-items__name">
                  {it.name}
                </Typography.Text>
                <Typography.Text type="secondary">{formatFileSize(it.size, lang)}</Typography.Text>
                <Typography.Text type={it.message ? 'danger' : 'secondary'} role={it.message ? 'alert' : undefined}>
                  {it.message ?? detail}
                </Typography.Text>
              </Space>
              {it.status !== 'rejected' && it.status !== 'queued' ? (
                <Progress
                  percent={it.status === 'hashing' ? 0 : it.percent}
                  status={PROGRESS_STATUS[it.status]}
                  size="small"
                  data-testid="upload-progress"
                  aria-label={`${it.name} ${detail}`}
                />
              ) : null}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
