import { Alert, Button, List, Space, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDateTime, formatFileSize } from '../../lib/format';
import { currentLanguage } from '../../i18n';
import { useErrorText } from '../States';
import { firstApiError } from '../../lib/errors';
import type { DocumentVersionFieldsFragment } from '../../gql/graphql';
import { DocumentVersionsDocument } from './documentsApi';
import { previewKind } from './fileChecks';

/** Every version of one document, newest first; loaded when opened. */
export function VersionHistory({
  documentID,
  onDownload,
  onPreview,
}: {
  documentID: string;
  onDownload: (v: DocumentVersionFieldsFragment) => void;
  onPreview: (v: DocumentVersionFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const errorText = useErrorText();
  const [result] = useQuery({ query: DocumentVersionsDocument, variables: { id: documentID } });
  const doc = result.data?.node?.__typename === 'Document' ? result.data.node : null;
  const versions = (doc?.versions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  if (result.error && !doc) {
    return <Alert type="error" showIcon role="alert" message={errorText(firstApiError(result.error))} />;
  }
  return (
    <List
      className="document-versions"
      size="small"
      loading={result.fetching && !doc}
      dataSource={versions}
      data-testid="document-versions"
      renderItem={(v) => (
        <List.Item
          data-testid="document-version"
          data-number={v.number}
          actions={[
            previewKind(v.contentType) ? (
              <Button key="preview" type="link" size="small" icon={<EyeOutlined />} onClick={() => onPreview(v)}>
                {t('documents.preview')}
              </Button>
            ) : null,
            <Button key="download" type="link" size="small" icon={<DownloadOutlined />} onClick={() => onDownload(v)}>
              {t('documents.download')}
            </Button>,
          ].filter(Boolean)}
        >
          <Space wrap size={[12, 0]}>
            <Typography.Text strong>{t('documents.versionN', { number: v.number })}</Typography.Text>
            <Typography.Text>{v.filename}</Typography.Text>
            <Typography.Text type="secondary">{formatFileSize(v.size, lang)}</Typography.Text>
            <Typography.Text type="secondary">{v.uploaderName}</Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(v.createdAt, lang)}</Typography.Text>
            <Typography.Text type="secondary" className="mono document-versions__sha" title={t('documents.fields.sha256')}>
              {v.sha256.slice(0, 12)}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
