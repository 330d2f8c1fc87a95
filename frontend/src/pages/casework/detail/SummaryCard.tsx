import { Card, Descriptions, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { PROGRESS_STEPS, progressOf } from '../model/states';
import type { CaseDetail } from './caseTypes';

/** Where the case stands (progress steps) and what it is. */
export function SummaryCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const progress = progressOf(c.state, c.timeline);
  return (
    <Card className="detail-card" data-testid="case-summary">
      <Steps
        size="small"
        current={progress.current}
        status={progress.status}
        items={PROGRESS_STEPS.map((s) => ({ title: t(`casework.progress.${s}`) }))}
        className="case-steps"
        responsive
      />
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('casework.fields.item')}>{c.itemName}</Descriptions.Item>
        <Descriptions.Item label={t('casework.fields.organization')}>{c.organization.name}</Descriptions.Item>
        <Descriptions.Item label={t('casework.fields.submittedAt')}>{formatDateTime(c.submittedAt, lang) || t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('casework.fields.acceptedAt')}>{formatDateTime(c.acceptedAt, lang) || t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('casework.fields.delegated')}>{t(c.delegated ? 'casework.delegatedYes' : 'casework.delegatedNo')}</Descriptions.Item>
        <Descriptions.Item label={t('casework.fields.supplementDays')}>{t('casework.workingDays', { count: c.supplementDays })}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
