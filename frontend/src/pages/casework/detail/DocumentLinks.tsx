import { useState } from 'react';
import { App as AntApp, Button, Space, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined, FileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentVersionFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '../../../components/States';
import { PreviewModal, type PreviewTarget } from '../../../components/documents/PreviewModal';
import { previewKind } from '../../../components/documents/fileChecks';
import { followDownload, useDocumentLink } from '../../../components/documents/useDocumentLink';

export interface LinkedDocument {
  id: string;
  title: string;
  current?: DocumentVersionFieldsFragment | null;
}

/**
 * Documents named by a checklist line or the case: title, preview and
 * download through the documents card's short-lived links.
 */
export function DocumentLinks({ docs, testId }: { docs: readonly LinkedDocument[]; testId?: string }) {
  const { t } = useTranslation();
  const link = useDocumentLink();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [preview, setPreview] = useState<PreviewTarget | null>(null);

  const download = async (v: DocumentVersionFieldsFragment) => {
    const r = await link(v.id, false);
    if ('url' in r) followDownload(r.url);
    else message.error(errorText(r.error));
  };

  return (
    <div className="case-docs" data-testid={testId}>
      {docs.map((d) => (
        <div key={d.id} className="case-docs__row" data-testid="case-doc" data-title={d.title}>
          <Space size={4} wrap>
            <FileOutlined aria-hidden />
            <Typography.Text>{d.title}</Typography.Text>
            {d.current ? (
              <>
                {previewKind(d.current.contentType) ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => d.current && setPreview({ versionID: d.current.id, filename: d.current.filename, contentType: d.current.contentType })}
                    data-testid="case-doc-preview"
                  >
                    {t('documents.preview')}
                  </Button>
                ) : null}
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => d.current && void download(d.current)}
                  data-testid="case-doc-download"
                >
                  {t('documents.download')}
                </Button>
              </>
            ) : null}
          </Space>
        </div>
      ))}
      {preview ? <PreviewModal target={preview} onClose={() => setPreview(null)} /> : null}
    </div>
  );
}
