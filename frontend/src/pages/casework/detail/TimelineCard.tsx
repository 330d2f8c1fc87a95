import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import { isEventAction } from '../model/states';
import { suppliedMaterial } from '../model/timeline';
import type { CaseDetail } from './caseTypes';

const DECISION_OR_METHOD = /^(APPROVED|REJECTED|ONLINE|COUNTER|COURIER)$/;

/** Every step of the case, oldest first, with who took it and why. */
export function TimelineCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // Some steps record an enum as their reason (the decision, the delivery method): show it translated.
  const materials = c.checklist.map((l) => l.material);
  const reasonText = (action: string, reason: string) => {
    if (action === 'SUPPLEMENT') return suppliedMaterial(reason, materials) ?? reason;
    // The reminder records the due date (older rows: "due 2026-12-03").
    if (action === 'DUE_SOON_REMINDER') {
      const day = /\d{4}-\d{2}-\d{2}/.exec(reason)?.[0];
      return day ? t('casework.timeline.dueOn', { date: formatDate(day, lang) }) : reason;
    }
    if (!DECISION_OR_METHOD.test(reason)) return reason;
    if (action === 'DECIDE') return t(`casework.decisionValue.${reason as 'APPROVED' | 'REJECTED'}`);
    if (action === 'DELIVER') return t(`casework.deliveryMethod.${reason as 'ONLINE' | 'COUNTER' | 'COURIER'}`);
    return reason;
  };
  return (
    <Card title={t('casework.timeline.title')} className="detail-card" size="small" data-testid="timeline-card">
      <Timeline
        items={c.timeline.map((e) => ({
          key: e.id,
          color: e.action === 'RETURN' || e.action === 'DEADLINE_PASSED' || e.action === 'WITHDRAW' ? 'red' : 'blue',
          children: (
            <div data-testid="timeline-event" data-action={e.action}>
              <Typography.Text strong>{isEventAction(e.action) ? t(`casework.event.${e.action}`) : e.action}</Typography.Text>
              <div className="timeline-meta">
                {formatDateTime(e.createdAt, lang)} · {e.actorName ?? t('casework.timeline.system')}
              </div>
              {e.reason ? <div className="timeline-reason pre-wrap">{reasonText(e.action, e.reason)}</div> : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
