import { useState } from 'react';
import { Button, Card, Descriptions, Rate, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { DocumentLinks } from './DocumentLinks';
import { FollowUpDialog } from './FollowUpDialog';
import type { CaseDetail } from './caseTypes';

/** The decision letters among a case's documents (the server issues one at decision). */
export function decisionLetters(c: Pick<CaseDetail, 'documents'>) {
  return (c.documents ?? []).filter((d) => d.category === 'DECISION_LETTER');
}

/** The outcome once decided: decision and reasons, the letter, delivery, the rating and its follow-up. */
export function OutcomeCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [resolving, setResolving] = useState(false);
  if (!c.decision) return null;
  const letters = decisionLetters(c);
  return (
    <Card title={t('casework.result.title')} className="detail-card" data-testid="outcome-card" data-decision={c.decision}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('casework.result.decision')}>
          <Tag color={c.decision === 'APPROVED' ? 'green' : 'red'}>{t(`casework.decisionValue.${c.decision}`)}</Tag>
          {c.decidedAt ? <Typography.Text type="secondary">{formatDateTime(c.decidedAt, lang)}</Typography.Text> : null}
        </Descriptions.Item>
        {c.decisionReason ? (
          <Descriptions.Item label={t('casework.result.reason')}>
            <span className="pre-wrap">{c.decisionReason}</span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('casework.result.letter')}>
          {letters.length > 0 ? (
            <DocumentLinks docs={letters} testId="decision-letter" />
          ) : (
            <Typography.Text type="secondary" data-testid="decision-letter-missing">
              {t('casework.result.noLetter')}
            </Typography.Text>
          )}
        </Descriptions.Item>
        {c.deliveryMethod ? (
          <Descriptions.Item label={t('casework.result.delivery')}>
            {t(`casework.deliveryMethod.${c.deliveryMethod}`)}
            {c.deliveredAt ? ` · ${formatDateTime(c.deliveredAt, lang)}` : ''}
            {c.trackingNumber ? ` · ${t('casework.result.trackingNumber')} ${c.trackingNumber}` : ''}
          </Descriptions.Item>
        ) : null}
        {c.rating ? (
          <Descriptions.Item label={t('casework.rate.yours')}>
            <Rate disabled value={c.rating} data-testid="case-rating" />
            {c.ratingComment ? <div>{c.ratingComment}</div> : null}
          </Descriptions.Item>
        ) : null}
        {c.followUp !== 'NONE' ? (
          <Descriptions.Item label={t('casework.rate.followUp')}>
            <Tag color={c.followUp === 'OPEN' ? 'orange' : 'green'}>{t(`casework.followUp.${c.followUp}`)}</Tag>
            {c.followUpNote ?? ''}
            {c.allowedActions.includes('RESOLVE_FOLLOW_UP') ? (
              <Button size="small" onClick={() => setResolving(true)} data-testid="follow-up-resolve">
                {t('casework.rate.followUpTitle')}
              </Button>
            ) : null}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {resolving ? <FollowUpDialog caseID={c.id} onClose={() => setResolving(false)} /> : null}
    </Card>
  );
}
