import { useState } from 'react';
import { Alert, App as AntApp, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import dayjs, { type Dayjs } from 'dayjs';
import { apiErrors, type ApiError } from '../../lib/errors';
import { apiTimeToDate, dateToApiTime } from '../../lib/format';
import { useErrorText } from '../States';
import type { DocumentCategory, DocumentFieldsFragment, UpdateDocumentInput } from '../../gql/graphql';
import { DOCUMENT_CATEGORIES } from './categories';
import { UpdateDocumentDocument } from './documentsApi';

interface EditValues {
  category: DocumentCategory;
  title: string;
  expiresOn?: Dayjs | null;
}

/** The update for the edit form: an emptied date clears the document's expiry. */
export function updateDocumentInput(
  doc: Pick<DocumentFieldsFragment, 'expiresOn'>,
  v: EditValues,
): UpdateDocumentInput {
  const input: UpdateDocumentInput = { category: v.category, title: v.title.trim() };
  if (v.expiresOn) input.expiresOn = dateToApiTime(v.expiresOn.format('YYYY-MM-DD'));
  else if (doc.expiresOn) input.clearExpiresOn = true;
  return input;
}

/** Title, category and expiry date of a document. */
export function EditDocumentDialog({
  doc,
  onSaved,
  onClose,
}: {
  doc: Pick<DocumentFieldsFragment, 'id' | 'title' | 'category' | 'expiresOn'>;
  onSaved: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<EditValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const [{ fetching }, update] = useMutation(UpdateDocumentDocument);
  const date = apiTimeToDate(doc.expiresOn);

  return (
    <Modal
      open
      title={t('documents.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <Alert type="error" showIcon role="alert" className="form-alert" message={errorText(error)} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ category: doc.category, title: doc.title, expiresOn: date ? dayjs(date) : null }}
        onFinish={async (v) => {
          setError(null);
          const res = await update({ id: doc.id, input: updateDocumentInput(doc, v) });
          if (res.error) {
            const errs = apiErrors(res.error);
            const onField = errs.find((e) => e.field && ['title', 'category', 'expiresOn'].includes(e.field));
            if (onField?.field) form.setFields([{ name: onField.field as keyof EditValues, errors: [errorText(onField)] }]);
            else setError(errs[0]);
            return;
          }
          message.success(t('documents.updated'));
          onSaved();
          onClose();
        }}
      >
        <Form.Item
          label={t('documents.fields.category')}
          name="category"
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('documents.fields.category') }) }]}
        >
          <Select options={DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: t(`documents.category.${c}`) }))} />
        </Form.Item>
        <Form.Item
          label={t('documents.fields.title')}
          name="title"
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('documents.fields.title') }) },
            { max: 200 },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('documents.fields.expiresOn')} name="expiresOn" extra={t('documents.expiresOnHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
