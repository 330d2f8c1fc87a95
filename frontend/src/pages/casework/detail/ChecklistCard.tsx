import { Alert, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { FolderOpenOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentCategory } from '../../../gql/graphql';
import { MATERIAL_STATUS_COLOR } from '../model/states';
import { unprovided } from '../model/findings';
import { DocumentLinks } from './DocumentLinks';
import { docsOf, type CaseDetail, type ChecklistLine, type DocumentsByID } from './caseTypes';

/**
 * The case's materials as the applicant and readers see them: per material
 * the files offered and, once reviewed, the finding. While the applicant may
 * still change them (a draft or a returned case) each line has a picker and
 * the card ends with the submit button, warning about what is not provided.
 */
export function ChecklistCard({
  c,
  docs,
  onPick,
  onSubmit,
  submitting,
}: {
  c: CaseDetail;
  docs: DocumentsByID;
  onPick: (line: ChecklistLine) => void;
  onSubmit: () => void;
  submitting: boolean;
}) {
  const { t } = useTranslation();
  const editable = c.allowedActions.includes('SUBMIT');
  const missing = unprovided(c.checklist);

  return (
    <Card title={t('casework.checklist.title')} className="detail-card checklist-card" data-testid="checklist-card">
      {c.state === 'RETURNED' && c.decisionReason ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          message={t('casework.checklist.returnedHint')}
          description={<div className="pre-wrap">{c.decisionReason}</div>}
          data-testid="returned-reason"
        />
      ) : null}
      <List
        dataSource={c.checklist}
        renderItem={(line) => (
          <List.Item data-testid="checklist-row" data-key={line.material.key} data-status={line.status}>
            <div className="checklist-line">
              <Space wrap size={[8, 4]}>
                <Typography.Text strong>{line.material.name}</Typography.Text>
                {line.material.core ? <Tag color="red">{t('casework.checklist.core')}</Tag> : <Tag>{t('casework.checklist.optional')}</Tag>}
                <Tag color="blue">{t(`documents.category.${line.material.category as DocumentCategory}`)}</Tag>
                {line.status !== 'PENDING' ? (
                  <Tag color={MATERIAL_STATUS_COLOR[line.status]}>{t(`casework.materialStatus.${line.status}`)}</Tag>
                ) : null}
              </Space>
              {line.material.description ? <div className="checklist-line__hint">{line.material.description}</div> : null}
              {line.material.formats?.length ? (
                <div className="checklist-line__hint">{t('casework.checklist.formats', { formats: line.material.formats.join(', ') })}</div>
              ) : null}
              {line.note ? <Typography.Text type="warning">{line.note}</Typography.Text> : null}
              {line.documentIDs.length > 0 ? (
                <DocumentLinks docs={docsOf(line, docs)} />
              ) : (
                <Typography.Text type="secondary">{t('casework.checklist.noDocuments')}</Typography.Text>
              )}
            </div>
            {editable ? (
              <Button icon={<FolderOpenOutlined />} onClick={() => onPick(line)} data-testid="checklist-choose">
                {t('casework.checklist.choose')}
              </Button>
            ) : null}
          </List.Item>
        )}
      />
      {editable ? (
        <div className="form-actions">
          {missing.core.length > 0 ? (
            <Alert type="error" showIcon className="form-alert" message={t('casework.checklist.coreMissing', { names: missing.core.join('、') })} />
          ) : null}
          {missing.optional.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              className="form-alert"
              message={t('casework.checklist.optionalMissing', { names: missing.optional.join('、') })}
            />
          ) : null}
          <Popconfirm
            title={t('casework.checklist.submitConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={onSubmit}
          >
            <Button type="primary" icon={<SendOutlined />} loading={submitting} data-testid="case-submit">
              {t('casework.action.SUBMIT')}
            </Button>
          </Popconfirm>
        </div>
      ) : null}
    </Card>
  );
}
