import { Link } from 'react-router-dom';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRowFieldsFragment } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { CaseStateTag } from './CaseStateTag';
import { DueCell } from './DueCell';
import { clockRunning } from './model/urgency';

/**
 * The columns of an applicant's list of cases (my cases, an organisation's
 * cases). Lists are ordered newest first by when the case was opened
 * (CREATED_AT DESC): every case has that date, drafts included, where a
 * submission date would leave drafts to the database's NULL ordering
 * (first on PostgreSQL, last on SQLite). The column shows the order.
 */
export function useCaseRowColumns(): NonNullable<TableProps<CaseRowFieldsFragment>['columns']> {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return [
    {
      title: t('casework.fields.number'),
      key: 'number',
      render: (_, r) => (
        <Link to={`/cases/${r.id}`} data-testid="case-link">
          {r.number ?? t('casework.noNumber')}
        </Link>
      ),
    },
    { title: t('casework.fields.title'), dataIndex: 'title', key: 'title' },
    { title: t('casework.fields.item'), dataIndex: 'itemName', key: 'item', responsive: ['md'] },
    { title: t('casework.fields.state'), key: 'state', render: (_, r) => <CaseStateTag state={r.state} /> },
    {
      title: t('casework.fields.createdAt'),
      key: 'createdAt',
      sortOrder: 'descend',
      sortDirections: ['descend'],
      showSorterTooltip: false,
      render: (_, r) => formatDate(r.createdAt, lang),
    },
    {
      title: t('casework.fields.submittedAt'),
      key: 'submittedAt',
      responsive: ['lg'],
      render: (_, r) => formatDate(r.submittedAt, lang),
    },
    {
      title: t('casework.fields.dueOn'),
      key: 'due',
      responsive: ['md'],
      render: (_, r) => (r.clock ? <DueCell clock={r.clock} running={clockRunning(r.state)} /> : null),
    },
  ];
}

/** The order of an applicant's lists (see useCaseRowColumns). */
export const NEWEST_FIRST = { field: 'CREATED_AT', direction: 'DESC' } as const;
