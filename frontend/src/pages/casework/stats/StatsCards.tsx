import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatisticsFieldsFragment } from '../../../gql/graphql';
import { currentLanguage } from '../../../i18n';
import { formatNumber } from '../../../lib/format';
import { averages, formatDays, formatRate, speedUpOf } from '../model/statistics';

/** The headline figures: closed, on time, early, average days, promised vs actual, speed-up, satisfaction. */
export function StatsCards({ s }: { s: CaseStatisticsFieldsFragment }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const speed = speedUpOf(s.speedUp, lang);
  const avg = averages(s);
  const cards = [
    { key: 'closed', title: t('casework.stats.closed'), value: formatNumber(s.closed, lang) },
    {
      key: 'onTime',
      title: t('casework.stats.onTimeRate'),
      value: formatRate(s.onTimeRate, lang),
      detail: t('casework.stats.onTimeDetail', { onTime: s.onTime, closed: s.closed }),
    },
    {
      key: 'early',
      title: t('casework.stats.earlyRate'),
      value: formatRate(s.earlyRate, lang),
      detail: t('casework.stats.earlyDetail', { early: s.early, closed: s.closed }),
    },
    {
      key: 'average',
      title: t('casework.stats.averageDays'),
      value: formatDays(s.averageWorkingDays, lang),
      suffix: t('casework.stats.averageDaysUnit'),
    },
    {
      key: 'days',
      title: t('casework.stats.promisedVsActual'),
      value: `${formatNumber(s.promisedDays, lang)} / ${formatNumber(s.actualDays, lang)}`,
      detail: t('casework.stats.daysDetail', { promised: formatDays(avg.promised, lang), actual: formatDays(avg.actual, lang) }),
    },
    {
      key: 'speedUp',
      title: speed.faster ? t('casework.stats.speedUp') : t('casework.stats.slowDown'),
      value: speed.text,
      color: speed.faster ? '#389e0d' : '#cf1322',
    },
    {
      key: 'satisfaction',
      title: t('casework.stats.satisfactionRate'),
      value: formatRate(s.satisfactionRate, lang),
      detail: t('casework.stats.satisfactionDetail', { satisfied: s.satisfied, rated: s.rated }),
    },
  ];
  return (
    <Row gutter={[16, 16]} className="stats-cards">
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={6} xxl={3}>
          <Card size="small" data-testid={`stat-${c.key}`}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} valueStyle={c.color ? { color: c.color } : undefined} />
            {c.detail ? <Typography.Text type="secondary">{c.detail}</Typography.Text> : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
