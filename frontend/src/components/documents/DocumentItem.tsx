import { useState } from 'react';
import { App as AntApp, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, EyeOutlined, HistoryOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { DocumentAccess } from '../../auth/permissions';
import type { DocumentFieldsFragment, DocumentVersionFieldsFragment } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { firstApiError } from '../../lib/errors';
import { formatDate, formatDateTime, formatFileSize } from '../../lib/format';
import { useErrorText } from '../States';
import { DeleteDocumentDocument } from './documentsApi';
import { ExpiryTag } from './ExpiryTag';
import { previewKind } from './fileChecks';
import { VersionHistory } from './VersionHistory';

/** One document in the list: what it is, its current file, its history, and the allowed actions. */
export function DocumentItem({
  doc,
  access,
  onPreview,
  onDownload,
  onNewVersion,
  onEdit,
  onDeleted,
}: {
  doc: DocumentFieldsFragment;
  access: DocumentAccess;
  onPreview: (v: DocumentVersionFieldsFragment) => void;
  onDownload: (v: DocumentVersionFieldsFragment) => void;
  onNewVersion: () => void;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [showHistory, setShowHistory] = useState(false);
  const [{ fetching: deleting }, remove] = useMutation(DeleteDocumentDocument);
  const cur = doc.current;

  const meta = cur
    ? [
        cur.filename,
        formatFileSize(cur.size, lang),
        t('documents.versionN', { number: cur.number }),
        cur.uploaderName,
        formatDateTime(cur.createdAt, lang),
      ]
    : [t('documents.noCurrent')];
  if (doc.expiresOn) meta.push(`${t('documents.fields.expiresOn')} ${formatDate(doc.expiresOn, lang)}`);

  return (
    <List.Item data-testid="document-row" data-title={doc.title} data-version={cur?.number ?? 0} data-expiry={doc.expiry}>
      <div className="document-item">
        <div className="document-item__main">
          <Space wrap size={[8, 4]}>
            <Tag color="blue">{t(`documents.category.${doc.category}`)}</Tag>
            <Typography.Text strong data-testid="document-title">
              {doc.title}
            </Typography.Text>
            <ExpiryTag expiry={doc.expiry} daysUntilExpiry={doc.daysUntilExpiry} />
          </Space>
          <div className="document-item__meta" data-testid="document-meta">
            {meta.join(' · ')}
          </div>
          {doc.versionCount > 0 ? (
            <Button
              type="link"
              size="small"
              className="document-item__history"
              icon={<HistoryOutlined />}
              aria-expanded={showHistory}
              onClick={() => setShowHistory((v) => !v)}
              data-testid="document-history"
            >
              {t('documents.historyToggle', { count: doc.versionCount })}
            </Button>
          ) : null}
        </div>
        <Space wrap size={[4, 4]} className="document-item__actions">
          {cur && previewKind(cur.contentType) ? (
            <Button size="small" icon={<EyeOutlined />} onClick={() => onPreview(cur)} data-testid="document-preview">
              {t('documents.preview')}
            </Button>
          ) : null}
          {cur ? (
            <Button size="small" icon={<DownloadOutlined />} onClick={() => onDownload(cur)} data-testid="document-download">
              {t('documents.download')}
            </Button>
          ) : null}
          {access.create ? (
            <Button size="small" icon={<UploadOutlined />} onClick={onNewVersion} data-testid="document-new-version">
              {t('documents.newVersion')}
            </Button>
          ) : null}
          {access.update ? (
            <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="document-edit">
              {t('documents.edit')}
            </Button>
          ) : null}
          {access.update ? (
            <Popconfirm
              title={t('documents.deleteConfirm', { title: doc.title })}
              okText={t('documents.delete')}
              okButtonProps={{ danger: true, loading: deleting }}
              cancelText={t('common.cancel')}
              onConfirm={async () => {
                const res = await remove({ id: doc.id });
                if (res.error) message.error(errorText(firstApiError(res.error)));
                else {
                  message.success(t('documents.deleted'));
                  onDeleted();
                }
              }}
            >
              <Button size="small" danger icon={<DeleteOutlined />} data-testid="document-delete">
                {t('documents.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
        {showHistory ? (
          <div className="document-item__versions">
            <VersionHistory documentID={doc.id} onDownload={onDownload} onPreview={onPreview} />
          </div>
        ) : null}
      </div>
    </List.Item>
  );
}
