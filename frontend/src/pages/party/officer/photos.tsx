import { useEffect, useMemo, useRef, useState } from 'react';
import { App as AntApp, Button, Space, Spin, Typography, Upload } from 'antd';
import { CameraOutlined, PictureOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import type { DocumentFieldsFragment } from '../../../gql/graphql';
import { DocumentLimitsDocument } from '../../../components/documents/documentsApi';
import { acceptAttribute, previewKind, type DocumentLimits } from '../../../components/documents/fileChecks';
import { PreviewModal, type PreviewTarget } from '../../../components/documents/PreviewModal';
import { UploadItemList } from '../../../components/documents/UploadItemList';
import { useDocumentLink } from '../../../components/documents/useDocumentLink';
import { useDocumentUploader } from '../../../components/documents/useDocumentUploader';
import type { UploadTarget } from '../../../components/documents/uploadFlow';
import { usePW } from './texts';

/** What owns the photos: a visit or an activity (documents' owner kinds). */
export type PhotoOwnerKind = 'party_visit' | 'party_activity';

const THUMB = 96;

const thumbStyle: React.CSSProperties = {
  width: THUMB,
  height: THUMB,
  borderRadius: 6,
  border: '1px solid #f0f0f0',
  background: '#fafafa',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  overflow: 'hidden',
  cursor: 'pointer',
  padding: 0,
};

/**
 * One photo as a thumbnail: its inline link is asked for when it is shown
 * (links are short-lived and audited, so never cached); a click opens it
 * large in the documents' preview dialog.
 */
function Thumb({ photo, onOpen }: { photo: DocumentFieldsFragment; onOpen: (t: PreviewTarget) => void }) {
  const { pw } = usePW();
  const link = useDocumentLink();
  const v = photo.current;
  const image = !!v && previewKind(v.contentType) === 'image';
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const versionID = v?.id;
  useEffect(() => {
    if (!versionID || !image) return;
    let live = true;
    void link(versionID, true).then((r) => {
      if (!live) return;
      if ('url' in r) setUrl(r.url);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [image, link, versionID]);
  if (!v) return null;
  const name = v.filename;
  return (
    <button
      type="button"
      style={thumbStyle}
      title={name}
      aria-label={pw('photos.preview', { name })}
      onClick={() => onOpen({ versionID: v.id, filename: name, contentType: v.contentType })}
      data-testid="party-photo"
      data-name={name}
      data-loaded={url ? 'true' : 'false'}
    >
      {url && !failed ? (
        <img src={url} alt={name} style={{ width: '100%', height: '100%', objectFit: 'cover' }} onError={() => setFailed(true)} />
      ) : image && !failed ? (
        <Spin size="small" />
      ) : (
        <PictureOutlined style={{ fontSize: 28, color: '#bfbfbf' }} aria-hidden />
      )}
    </button>
  );
}

/** A record's photos as thumbnails; nothing (or `empty`) when there are none. */
export function PhotoGallery({ photos, showEmpty, testId }: { photos: readonly DocumentFieldsFragment[]; showEmpty?: boolean; testId?: string }) {
  const { pw } = usePW();
  const [preview, setPreview] = useState<PreviewTarget | null>(null);
  if (photos.length === 0) {
    return showEmpty ? (
      <Typography.Text type="secondary" data-testid={testId}>
        {pw('photos.empty')}
      </Typography.Text>
    ) : null;
  }
  return (
    <div data-testid={testId} data-count={photos.length}>
      <Space wrap size={8}>
        {photos.map((p) => (
          <Thumb key={p.id} photo={p} onOpen={setPreview} />
        ))}
      </Space>
      {preview ? <PreviewModal target={preview} onClose={() => setPreview(null)} /> : null}
    </div>
  );
}

/** Only the image types the server accepts. */
function imageLimits(limits: DocumentLimits | undefined): DocumentLimits | undefined {
  if (!limits) return undefined;
  return { maxSize: limits.maxSize, contentTypes: limits.contentTypes.filter((c) => c.startsWith('image/')) };
}

/**
 * Photos of a visit or an activity: choose one or more images and they are
 * uploaded at once (hash → requestDocumentUpload with the owner → POST →
 * completeDocumentUpload, with the documents' retries); each one stored
 * shows among the thumbnails.
 */
export function PhotoUploader({
  ownerKind,
  ownerID,
  photos,
  onUploaded,
  canUpload,
}: {
  ownerKind: PhotoOwnerKind;
  ownerID: string;
  photos: readonly DocumentFieldsFragment[];
  onUploaded: (doc: DocumentFieldsFragment) => void;
  canUpload: boolean;
}) {
  const { pw } = usePW();
  const { message } = AntApp.useApp();
  const [limitsResult] = useQuery({ query: DocumentLimitsDocument, requestPolicy: 'cache-first', pause: !canUpload });
  const limits = useMemo(() => imageLimits(limitsResult.data?.documentLimits), [limitsResult.data]);
  const uploader = useDocumentUploader(limits, (doc) => {
    message.success(pw('photos.uploaded'));
    onUploaded(doc);
  });
  const target = (file: File): UploadTarget => ({ ownerKind, ownerID, category: 'PHOTO', title: file.name });

  // Files start as soon as they are chosen; one run at a time, and a run
  // that ends with files still waiting starts the next.
  const running = useRef(false);
  const [runs, setRuns] = useState(0);
  const { items, start } = uploader;
  useEffect(() => {
    if (running.current || !items.some((it) => it.status === 'queued')) return;
    running.current = true;
    void start(target).finally(() => {
      running.current = false;
      setRuns((n) => n + 1);
    });
    // target depends only on the owner, which the effect's run already captured.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, start, runs]);

  const pending = uploader.items.filter((it) => it.status !== 'done');
  return (
    <div data-testid="photo-uploader" data-owner={ownerKind}>
      <PhotoGallery photos={photos} showEmpty={!canUpload} testId="photo-gallery" />
      {canUpload ? (
        <div style={{ marginTop: photos.length > 0 ? 12 : 0 }}>
          <Upload
            multiple
            accept={limits ? acceptAttribute(limits) : 'image/*'}
            showUploadList={false}
            disabled={!limits}
            beforeUpload={(file) => {
              uploader.add([file], false);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<CameraOutlined />} loading={uploader.busy} disabled={!limits} data-testid="photo-upload">
              {uploader.busy ? pw('photos.uploading') : pw('photos.upload')}
            </Button>
          </Upload>
          <UploadItemList items={pending} onRetry={(key) => void uploader.retry(key, target)} onCancel={uploader.cancel} onRemove={uploader.remove} />
        </div>
      ) : null}
    </div>
  );
}
