import { Card, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import { consultationLate, todayYMD } from '../model/urgency';
import type { CaseDetail } from './caseTypes';

type Row = NonNullable<CaseDetail['consultations']>[number];

const ANSWER_COLOR = { PENDING: 'default', AGREE: 'green', DISAGREE: 'red' } as const;

/** The units consulted in parallel, their answers, and who is late. */
export function ConsultationsCard({ c, assignees }: { c: CaseDetail; assignees: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = c.consultations ?? [];
  if (rows.length === 0) return null;
  const today = todayYMD();
  const columns: TableProps<Row>['columns'] = [
    { title: t('casework.consult.unit'), dataIndex: 'unit', key: 'unit' },
    ...(assignees.size > 0
      ? [{ title: t('casework.consult.assignee'), key: 'assignee', render: (_: unknown, r: Row) => assignees.get(r.id) ?? '' }]
      : []),
    {
      title: t('casework.consult.dueOn'),
      key: 'dueOn',
      render: (_, r) => (
        <span className="nowrap">
          {formatDate(r.dueOn, lang)}{' '}
          {consultationLate(r, today) ? (
            <Tag color="red" data-testid="consultation-late">
              {t('casework.consult.late')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: t('casework.consult.answer'),
      key: 'answer',
      render: (_, r) => (
        <>
          <Tag color={ANSWER_COLOR[r.answer]}>{t(`casework.answer.${r.answer}`)}</Tag>
          {r.reason ? <Typography.Text type="secondary">{r.reason}</Typography.Text> : null}
        </>
      ),
    },
    { title: t('casework.consult.answeredAt'), key: 'answeredAt', responsive: ['md'], render: (_, r) => formatDateTime(r.answeredAt, lang) },
  ];
  return (
    <Card title={t('casework.consult.title')} className="detail-card" data-testid="consultations-card">
      <Table rowKey="id" size="small" pagination={false} columns={columns} dataSource={rows} />
    </Card>
  );
}
