import { useState } from 'react';
import { Alert, App as AntApp, Button, DatePicker, Form, Input, Modal, Select, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import dayjs, { type Dayjs } from 'dayjs';
import { apiTimeToDate, dateToApiTime, formatFileSize } from '../../lib/format';
import { firstApiError } from '../../lib/errors';
import { currentLanguage } from '../../i18n';
import { useErrorText } from '../States';
import type { DocumentCategory, DocumentFieldsFragment } from '../../gql/graphql';
import { DOCUMENT_CATEGORIES } from './categories';
import { DocumentLimitsDocument } from './documentsApi';
import { acceptAttribute, acceptedExtensions } from './fileChecks';
import type { UploadTarget } from './uploadFlow';
import { UploadItemList } from './UploadItemList';
import { useDocumentUploader } from './useDocumentUploader';

/** A new document for an organisation, or a new version of an existing document. */
export type UploadMode =
  /** category presets the form (e.g. the category a case's material asks for). */
  | { kind: 'new'; organizationID: string; category?: DocumentCategory }
  | { kind: 'version'; document: Pick<DocumentFieldsFragment, 'id' | 'title' | 'expiresOn'> };

interface FormValues {
  category?: DocumentCategory;
  title?: string;
  expiresOn?: Dayjs | null;
}

/** What each file is uploaded as, from the form. */
export function uploadTarget(mode: UploadMode, v: FormValues, fileCount: number): UploadTarget {
  const expiresOn = v.expiresOn ? dateToApiTime(v.expiresOn.format('YYYY-MM-DD')) : undefined;
  if (mode.kind === 'version') return { documentID: mode.document.id, ...(expiresOn ? { expiresOn } : {}) };
  const title = v.title?.trim();
  return {
    organizationID: mode.organizationID,
    category: v.category,
    // One title cannot name several documents: each is then titled by its file name.
    ...(title && fileCount === 1 ? { title } : {}),
    ...(expiresOn ? { expiresOn } : {}),
  };
}

/**
 * The upload dialog: form, drop zone, per-file progress. Rendered only while
 * open, so closing it cancels what is still running.
 */
export function UploadDialog({
  mode,
  onUploaded,
  onClose,
}: {
  mode: UploadMode;
  onUploaded: (doc: DocumentFieldsFragment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const errorText = useErrorText();
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const [limitsResult] = useQuery({ query: DocumentLimitsDocument, requestPolicy: 'cache-first' });
  const limits = limitsResult.data?.documentLimits;
  const uploader = useDocumentUploader(limits, onUploaded);
  const [someFailed, setSomeFailed] = useState(false);
  const [noFiles, setNoFiles] = useState(false);
  const single = mode.kind === 'version';
  const queued = uploader.items.filter((it) => it.status === 'queued');

  const start = async () => {
    if (queued.length === 0) {
      setNoFiles(true);
      return;
    }
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSomeFailed(false);
    const ok = await uploader.start(() => uploadTarget(mode, values, queued.length));
    if (ok) {
      message.success(t('documents.uploaded'));
      onClose();
    } else setSomeFailed(true);
  };

  const retry = async (key: string) => {
    const ok = await uploader.retry(key, () => uploadTarget(mode, form.getFieldsValue(), 1));
    // Like a first try: once nothing is left to upload, the dialog is done.
    const left = uploader.items.some((it) => it.key !== key && it.status !== 'done' && it.status !== 'rejected');
    if (ok && !left) {
      message.success(t('documents.uploaded'));
      onClose();
    }
  };

  const close = () => {
    if (!uploader.busy) {
      onClose();
      return;
    }
    modal.confirm({
      title: t('documents.uploader.closeWhileBusy'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: onClose,
    });
  };

  const types = limits ? acceptedExtensions(limits).join(', ') : '';
  const max = limits ? formatFileSize(limits.maxSize, lang) : '';
  const initialDate = single ? apiTimeToDate(mode.document.expiresOn) : '';

  return (
    <Modal
      open
      width={640}
      title={single ? t('documents.newVersionTitle', { title: mode.document.title }) : t('documents.uploadTitle')}
      onCancel={close}
      maskClosable={false}
      footer={[
        <Button key="close" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="start"
          type="primary"
          loading={uploader.busy}
          disabled={!limits}
          onClick={() => void start()}
          data-testid="upload-start"
        >
          {t('documents.uploader.start')}
        </Button>,
      ]}
    >
      <div data-testid="upload-dialog">
        {limitsResult.error && !limits ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="form-alert"
            message={t('documents.uploader.limitsFailed')}
            description={errorText(firstApiError(limitsResult.error))}
          />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            expiresOn: initialDate ? dayjs(initialDate) : null,
            category: mode.kind === 'new' ? mode.category : undefined,
          }}
          disabled={uploader.busy}
        >
          {single ? null : (
            <>
              <Form.Item
                label={t('documents.fields.category')}
                name="category"
                rules={[{ required: true, message: t('common.requiredSelect', { field: t('documents.fields.category') }) }]}
              >
                <Select
                  options={DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: t(`documents.category.${c}`) }))}
                  data-testid="upload-category"
                />
              </Form.Item>
              <Form.Item label={t('documents.fields.title')} name="title" extra={t('documents.titleHint')} rules={[{ max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
            </>
          )}
          <Form.Item
            label={t('documents.fields.expiresOn')}
            name="expiresOn"
            extra={single ? t('documents.versionExpiresOnHint') : t('documents.expiresOnHint')}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
        <Upload.Dragger
          multiple={!single}
          accept={limits ? acceptAttribute(limits) : undefined}
          disabled={!limits || uploader.busy}
          showUploadList={false}
          beforeUpload={(file) => {
            setNoFiles(false);
            uploader.add([file], single);
            // The dialog uploads by itself, after the form is filled in.
            return Upload.LIST_IGNORE;
          }}
          data-testid="upload-drop"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('documents.uploader.dropTitle')}</p>
          <p className="ant-upload-hint">
            {limits ? t(single ? 'documents.uploader.dropHintVersion' : 'documents.uploader.dropHint', { types, max }) : null}
          </p>
        </Upload.Dragger>
        {noFiles ? (
          <Alert type="warning" showIcon className="upload-alert" role="alert" message={t('documents.uploader.noFiles')} />
        ) : null}
        <UploadItemList items={uploader.items} onRetry={(key) => void retry(key)} onCancel={uploader.cancel} onRemove={uploader.remove} />
        {someFailed ? (
          <Alert type="warning" showIcon className="upload-alert" role="alert" message={t('documents.uploader.someFailed')} />
        ) : null}
      </div>
    </Modal>
  );
}
