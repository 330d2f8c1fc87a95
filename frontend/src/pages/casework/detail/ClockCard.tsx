import { Alert, Card, Descriptions, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { urgencyColor, urgencyOf } from '../model/urgency';
import type { CaseDetail } from './caseTypes';

/** The working-day clock: due date, days used and left, paused, overdue. */
export function ClockCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const k = c.clock;
  const urgency = urgencyOf(k);
  const color = urgencyColor(urgency);
  const decided = c.workingDaysUsed != null && c.decidedAt;

  return (
    <Card title={t('casework.clock.title')} className="detail-card" size="small" data-testid="clock-card" data-urgency={urgency}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('casework.fields.promisedDays')}>
          {t('casework.workingDays', { count: c.promisedDays })}
          {c.statutoryDays ? ` / ${t('casework.fields.statutoryDays')} ${t('casework.workingDays', { count: c.statutoryDays })}` : ''}
        </Descriptions.Item>
        {k ? (
          <Descriptions.Item label={t('casework.clock.dueOn')}>
            <div>
              {color ? (
                <Tag color={color}>
                  {t(urgency === 'overdue' ? 'casework.clock.overdue' : urgency === 'dueSoon' ? 'casework.clock.dueSoon' : 'casework.clock.paused')}
                </Tag>
              ) : null}
              {k.dueOn ? (
                <span data-testid="clock-due">{formatDate(k.dueOn, lang)}</span>
              ) : (
                <div className="checklist-line__hint">{t('casework.clock.dueIfResumed', { date: formatDate(k.dueIfResumedOn, lang) })}</div>
              )}
            </div>
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('casework.clock.dueOn')}>{t('casework.clock.notStarted')}</Descriptions.Item>
        )}
        {decided ? (
          <Descriptions.Item label={t('casework.result.workingDaysUsed')}>
            {t('casework.workingDays', { count: c.workingDaysUsed ?? 0 })}{' '}
            <Tag color={c.onTime ? 'green' : 'red'}>{t(c.onTime ? 'casework.clock.onTime' : 'casework.clock.late')}</Tag>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {k && !decided ? (
        <>
          <Progress
            percent={k.promisedDays > 0 ? Math.min(100, Math.round((k.workingDaysUsed / k.promisedDays) * 100)) : 0}
            status={k.overdue ? 'exception' : 'normal'}
            strokeColor={k.overdue ? undefined : k.dueSoon ? '#fa8c16' : undefined}
            showInfo={false}
          />
          <div className="clock-days">
            <span>{t('casework.clock.used', { count: k.workingDaysUsed })}</span>
            <span>{t('casework.clock.left', { count: k.workingDaysLeft })}</span>
          </div>
        </>
      ) : null}
      {k?.provisional ? <Alert type="info" showIcon className="upload-alert" message={t('casework.clock.provisional')} /> : null}
    </Card>
  );
}
