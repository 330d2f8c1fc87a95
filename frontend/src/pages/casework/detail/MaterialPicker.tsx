import { useMemo, useState } from 'react';
import { Alert, Button, Modal, Select, Space, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { DocumentCategory } from '../../../gql/graphql';
import { OrganizationDocumentsDocument } from '../../../components/documents/documentsApi';
import { UploadDialog } from '../../../components/documents/UploadDialog';
import { AttachCaseMaterialDocument } from '../caseMutations';
import type { useCaseStep } from './useCaseStep';

export interface PickerTarget {
  key: string;
  name: string;
  category: string;
  documentIDs: readonly string[];
  /** A supplement asked for by the deficiency notice, rather than a draft's material. */
  supplement: boolean;
}

/** The largest page the API serves: an organisation rarely has more documents. */
const MAX_DOCS = 200;

/**
 * Offers documents for one material: chosen from the organisation's
 * documents (the material's category first) or uploaded on the spot with
 * the documents card's upload dialog, then attached to the case.
 */
export function MaterialPicker({
  caseID,
  organizationID,
  target,
  step,
  onClose,
}: {
  caseID: string;
  organizationID: string;
  target: PickerTarget;
  step: ReturnType<typeof useCaseStep>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const context = useMemo(() => ({ additionalTypenames: ['Document'] }), []);
  const [docs, reexecute] = useQuery({
    query: OrganizationDocumentsDocument,
    variables: { id: organizationID, first: MAX_DOCS },
    context,
  });
  const [selected, setSelected] = useState<string[]>([...target.documentIDs]);
  const [uploading, setUploading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [empty, setEmpty] = useState(false);

  const org = docs.data?.node?.__typename === 'Organization' ? docs.data.node : null;
  const all = (org?.documents.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const option = (d: (typeof all)[number]) => ({
    value: d.id,
    title: d.title,
    label: (
      <Space size={4}>
        <Tag color="blue">{t(`documents.category.${d.category}`)}</Tag>
        {d.title}
      </Space>
    ),
  });
  const matching = all.filter((d) => d.category === target.category);
  const others = all.filter((d) => d.category !== target.category);
  const options = [
    ...(matching.length ? [{ label: t('casework.checklist.matching'), options: matching.map(option) }] : []),
    ...(others.length ? [{ label: t('casework.checklist.others'), options: others.map(option) }] : []),
  ];

  const save = async () => {
    if (selected.length === 0) {
      setEmpty(true);
      return;
    }
    setSaving(true);
    const err = await step(
      AttachCaseMaterialDocument,
      { caseID, key: target.key, documentIDs: selected },
      'SUPPLEMENT',
      target.supplement ? undefined : t('casework.checklist.attached'),
    );
    setSaving(false);
    if (!err) onClose();
  };

  return (
    <Modal
      open
      width={640}
      title={t(target.supplement ? 'casework.checklist.supplementTitle' : 'casework.checklist.chooseTitle', { name: target.name })}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => void save()} data-testid="material-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      <div data-testid="material-picker" data-key={target.key}>
        <Typography.Paragraph type="secondary">{t(`documents.category.${target.category as DocumentCategory}`)}</Typography.Paragraph>
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          loading={docs.fetching && !org}
          placeholder={t('casework.checklist.selectPlaceholder')}
          value={selected}
          onChange={(v) => {
            setEmpty(false);
            setSelected(v);
          }}
          options={options}
          optionFilterProp="title"
          aria-label={t('casework.checklist.selectPlaceholder')}
          data-testid="material-select"
        />
        {empty ? <Alert type="warning" showIcon className="upload-alert" role="alert" message={t('casework.checklist.selectRequired')} /> : null}
        <Button className="material-picker__upload" icon={<UploadOutlined />} onClick={() => setUploading(true)} data-testid="material-upload">
          {t('casework.checklist.upload')}
        </Button>
      </div>
      {uploading ? (
        <UploadDialog
          mode={{ kind: 'new', organizationID, category: target.category as DocumentCategory }}
          onUploaded={(doc) => {
            setEmpty(false);
            setSelected((s) => (s.includes(doc.id) ? s : [...s, doc.id]));
            reexecute({ requestPolicy: 'network-only' });
          }}
          onClose={() => setUploading(false)}
        />
      ) : null}
    </Modal>
  );
}
