import { Alert, Button, Descriptions, List, Space, Tag, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { localPart } from '../model/bilingual';
import { formatDate } from '../../../lib/format';
import { MATERIAL_STATUS_COLOR } from '../model/states';
import { DocumentLinks } from './DocumentLinks';
import { docsOf, type CaseDetail, type ChecklistLine, type DocumentsByID } from './caseTypes';

/**
 * The one-time deficiency notice (一次性告知书), shown prominently: what is
 * missing, by when, and what happens if the deadline passes; while it is
 * open the applicant supplies each item from here.
 */
export function NoticeCard({
  c,
  docs,
  onSupplement,
}: {
  c: CaseDetail;
  docs: DocumentsByID;
  onSupplement: (line: ChecklistLine) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const n = c.notice;
  if (!n) return null;
  const open = !n.fulfilledAt && !n.expiredAt;
  const canSupply = open && c.allowedActions.includes('SUPPLEMENT');
  const lineOf = (key: string) => c.checklist.find((l) => l.material.key === key);
  const type = n.fulfilledAt ? 'success' : n.expiredAt ? 'error' : 'warning';

  return (
    <Alert
      type={type}
      showIcon
      className="case-notice"
      data-testid="case-notice"
      data-open={open}
      message={<Typography.Text strong>{t('casework.notice.title')}</Typography.Text>}
      description={
        <>
          {open ? <p>{t('casework.notice.intro')}</p> : null}
          {n.fulfilledAt ? <p>{t('casework.notice.fulfilled', { date: formatDate(n.fulfilledAt, lang) })}</p> : null}
          {n.expiredAt ? <p>{t('casework.notice.expired', { date: formatDate(n.expiredAt, lang) })}</p> : null}
          <List
            size="small"
            dataSource={n.items}
            renderItem={(it) => {
              const line = lineOf(it.key);
              const status = line?.status ?? it.status;
              return (
                <List.Item data-testid="notice-item" data-key={it.key} data-status={status}>
                  <div className="notice-item">
                    <Space wrap size={[8, 4]}>
                      <Typography.Text strong>{it.name}</Typography.Text>
                      <Tag color={MATERIAL_STATUS_COLOR[it.status]}>{t(`casework.materialStatus.${it.status}`)}</Tag>
                      {status === 'SUPPLEMENTED' ? <Tag color="processing">{t('casework.notice.waiting')}</Tag> : null}
                    </Space>
                    {it.note ? <div className="checklist-line__hint">{it.note}</div> : null}
                    {line && status === 'SUPPLEMENTED' ? <DocumentLinks docs={docsOf(line, docs)} /> : null}
                  </div>
                  {canSupply && line ? (
                    <Button icon={<UploadOutlined />} onClick={() => onSupplement(line)} data-testid="notice-supplement">
                      {t(status === 'SUPPLEMENTED' ? 'casework.notice.resupplement' : 'casework.notice.supplement')}
                    </Button>
                  ) : null}
                </List.Item>
              );
            }}
          />
          <Descriptions column={1} size="small" className="case-notice__terms">
            <Descriptions.Item label={t('casework.notice.deadline')}>
              <span data-testid="notice-deadline">{t('casework.notice.deadlineValue', { date: formatDate(n.deadline, lang) })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('casework.notice.consequence')}>{localPart(n.consequence, lang)}</Descriptions.Item>
          </Descriptions>
        </>
      }
    />
  );
}
