import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseClockFieldsFragment } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { urgencyColor, urgencyOf } from './model/urgency';

/**
 * A case's due date in a list: the date, and while the clock runs the days
 * left and a tag for overdue / due soon / paused (a decided case shows its
 * due date only: its clock has stopped).
 */
export function DueCell({
  clock,
  submittedAt,
  running = true,
}: {
  clock: CaseClockFieldsFragment | null;
  submittedAt?: string | null;
  running?: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const urgency = urgencyOf(clock);
  if (clock && !running) return <span className="nowrap">{formatDate(clock.dueOn ?? clock.dueIfResumedOn, lang)}</span>;
  if (!clock) {
    return (
      <Typography.Text type="secondary">
        {submittedAt ? t('casework.workbench.waitingSince', { date: formatDate(submittedAt, lang) }) : t('casework.workbench.notStarted')}
      </Typography.Text>
    );
  }
  const color = urgencyColor(urgency);
  const label =
    urgency === 'overdue'
      ? t('casework.workbench.overdue')
      : urgency === 'dueSoon'
        ? t('casework.workbench.dueSoon')
        : urgency === 'paused'
          ? t('casework.workbench.paused')
          : null;
  const date = clock.dueOn ?? clock.dueIfResumedOn;
  return (
    <Space size={4} wrap data-testid="case-due" data-urgency={urgency}>
      <span className="nowrap">{formatDate(date, lang)}</span>
      {color && label ? <Tag color={color}>{label}</Tag> : null}
      {!clock.paused ? (
        <Typography.Text type="secondary" className="nowrap">
          {t('casework.clock.left', { count: clock.workingDaysLeft })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
