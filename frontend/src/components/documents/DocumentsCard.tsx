import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, List } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { DocumentAccess } from '../../auth/permissions';
import type { DocumentFieldsFragment, DocumentVersionFieldsFragment } from '../../gql/graphql';
import { firstApiError } from '../../lib/errors';
import { EmptyState, useErrorText } from '../States';
import { DocumentItem } from './DocumentItem';
import { OrganizationDocumentsDocument } from './documentsApi';
import { EditDocumentDialog } from './EditDocumentDialog';
import { expiryCounts } from './expiry';
import { PreviewModal, type PreviewTarget } from './PreviewModal';
import { UploadDialog, type UploadMode } from './UploadDialog';
import { followDownload, useDocumentLink } from './useDocumentLink';

const PAGE = 50;
/** The API's largest page. */
const MAX_PAGE = 200;

/** An organisation's documents ("证照材料"): list, warnings, and the actions the viewer may take. */
export function DocumentsCard({ organizationID, access }: { organizationID: string; access: DocumentAccess }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { message } = AntApp.useApp();
  const link = useDocumentLink();
  const [limit, setLimit] = useState(PAGE);
  // An empty list holds no Document for urql's cache to invalidate on upload.
  const context = useMemo(() => ({ additionalTypenames: ['Document', 'DocumentVersion'] }), []);
  const [result, reexecute] = useQuery({
    query: OrganizationDocumentsDocument,
    variables: { id: organizationID, first: limit },
    context,
  });
  const [upload, setUpload] = useState<UploadMode | null>(null);
  const [editing, setEditing] = useState<DocumentFieldsFragment | null>(null);
  const [preview, setPreview] = useState<PreviewTarget | null>(null);

  const org = result.data?.node?.__typename === 'Organization' ? result.data.node : null;
  const docs = (org?.documents.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const counts = expiryCounts(docs);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const download = async (v: DocumentVersionFieldsFragment) => {
    const r = await link(v.id, false);
    if ('url' in r) followDownload(r.url);
    else message.error(errorText(r.error));
  };
  const openPreview = (v: DocumentVersionFieldsFragment) =>
    setPreview({ versionID: v.id, filename: v.filename, contentType: v.contentType });

  return (
    <Card
      title={t('documents.title')}
      className="detail-card"
      data-testid="documents-card"
      extra={
        access.create ? (
          <Button
            type="primary"
            icon={<UploadOutlined />}
            onClick={() => setUpload({ kind: 'new', organizationID })}
            data-testid="document-upload"
          >
            {t('documents.uploadAction')}
          </Button>
        ) : null
      }
    >
      {counts.expired + counts.soon > 0 ? (
        <Alert
          type={counts.expired > 0 ? 'error' : 'warning'}
          showIcon
          className="form-alert"
          data-testid="documents-expiry-warning"
          message={
            <>
              {counts.expired > 0 ? <div>{t('documents.warningExpired', { count: counts.expired })}</div> : null}
              {counts.soon > 0 ? <div>{t('documents.warningSoon', { count: counts.soon })}</div> : null}
            </>
          }
          description={access.create ? t('documents.warningHint') : undefined}
        />
      ) : null}
      {result.error && !org ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={errorText(firstApiError(result.error))}
          action={
            <Button size="small" onClick={refresh}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : (
        <List
          loading={result.fetching && !org}
          dataSource={docs}
          data-testid="documents-list"
          locale={{ emptyText: <EmptyState title={t('documents.empty')} hint={t('documents.emptyHint')} /> }}
          renderItem={(doc) => (
            <DocumentItem
              doc={doc}
              access={access}
              onPreview={openPreview}
              onDownload={(v) => void download(v)}
              onNewVersion={() => setUpload({ kind: 'version', document: doc })}
              onEdit={() => setEditing(doc)}
              onDeleted={refresh}
            />
          )}
          footer={
            org && org.documents.totalCount > 0 ? (
              <div className="documents-footer">
                <span>{t('documents.total', { total: org.documents.totalCount })}</span>
                {org.documents.pageInfo.hasNextPage && limit < MAX_PAGE ? (
                  <Button onClick={() => setLimit((n) => Math.min(n + PAGE, MAX_PAGE))}>{t('documents.loadMore')}</Button>
                ) : null}
              </div>
            ) : undefined
          }
        />
      )}
      {upload ? <UploadDialog mode={upload} onUploaded={refresh} onClose={() => setUpload(null)} /> : null}
      {editing ? <EditDocumentDialog doc={editing} onSaved={refresh} onClose={() => setEditing(null)} /> : null}
      {preview ? <PreviewModal target={preview} onClose={() => setPreview(null)} /> : null}
    </Card>
  );
}
