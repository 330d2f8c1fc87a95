import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Spin } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../States';
import type { ApiError } from '../../lib/errors';
import { previewKind } from './fileChecks';
import { followDownload, useDocumentLink } from './useDocumentLink';

export interface PreviewTarget {
  versionID: string;
  filename: string;
  contentType: string;
}

type LinkState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error'; error: ApiError };

/** Shows an image or PDF version in a dialog through an inline link. */
export function PreviewModal({ target, onClose }: { target: PreviewTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const link = useDocumentLink();
  const kind = previewKind(target.contentType);
  const [state, setState] = useState<LinkState>({ status: 'loading' });
  const [broken, setBroken] = useState(false);

  useEffect(() => {
    if (!kind) return;
    let live = true;
    void link(target.versionID, true).then((r) => {
      if (!live) return;
      setState('url' in r ? { status: 'ready', url: r.url } : { status: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [kind, link, target.versionID]);

  const download = async () => {
    const r = await link(target.versionID, false);
    if ('url' in r) followDownload(r.url);
    else setState({ status: 'error', error: r.error });
  };

  let body: React.ReactNode;
  if (!kind) body = <Alert type="info" showIcon message={t('documents.previewUnavailable')} />;
  else if (state.status === 'loading') body = <Spin className="document-preview__spin" />;
  else if (state.status === 'error') body = <Alert type="error" showIcon role="alert" message={errorText(state.error)} />;
  else if (broken) body = <Alert type="warning" showIcon message={t('documents.previewFailed')} />;
  else if (kind === 'image') {
    body = (
      <img
        className="document-preview__image"
        src={state.url}
        alt={target.filename}
        data-testid="preview-image"
        onError={() => setBroken(true)}
      />
    );
  } else {
    body = (
      <iframe className="document-preview__frame" src={state.url} title={target.filename} data-testid="preview-frame" />
    );
  }

  return (
    <Modal
      open
      width={960}
      title={t('documents.previewTitle', { name: target.filename })}
      onCancel={onClose}
      footer={[
        <Button key="download" icon={<DownloadOutlined />} onClick={() => void download()}>
          {t('documents.download')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>,
      ]}
    >
      <div className="document-preview" data-testid="preview-modal" data-state={state.status}>
        {body}
      </div>
    </Modal>
  );
}
