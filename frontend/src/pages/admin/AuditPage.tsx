import { useMemo, useState } from 'react';
import { Card, Col, DatePicker, Descriptions, Form, Row, Select, Table, Tag, Typography, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AuditLogOperation, AuditLogsQuery, AuditLogWhereInput } from '../../gql/graphql';
import { CursorPager, useCursorPaging } from '../../components/CursorPager';
import { EmptyState, ErrorState } from '../../components/States';
import { formatDateTime, formatNumber } from '../../lib/format';
import { currentLanguage } from '../../i18n';
import { columnText, entityText, valueText } from './auditFormat';

const AuditLogsDocument = graphql(`
  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {
    auditLogs(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: { field: CREATED_AT, direction: DESC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          createdAt
          operation
          entityType
          entityID
          changedFields
          changes
          actorUsername
          actor {
            id
            username
            displayName
          }
        }
      }
    }
  }
`);

const AuditUsersDocument = graphql(`
  query AuditUsers {
    users(first: 200, orderBy: { field: USERNAME, direction: ASC }) {
      edges {
        node {
          id
          username
          displayName
        }
      }
    }
  }
`);

type Row = NonNullable<NonNullable<NonNullable<AuditLogsQuery['auditLogs']['edges']>[number]>['node']>;

const OPERATIONS: readonly AuditLogOperation[] = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'LOGIN',
  'LOGIN_FAILED',
  'LOGOUT',
  'PASSWORD_CHANGE',
  'DOWNLOAD',
];
const ENTITY_TYPES = [
  'Organization',
  'User',
  'RoleAssignment',
  'Membership',
  'Domain',
  'Document',
  'DocumentVersion',
  'DocumentUpload',
  'ServiceItem',
  'ServiceCase',
  'CaseEvent',
  'CaseNotice',
  'Consultation',
  'CalendarDay',
] as const;
const OP_COLOR: Record<AuditLogOperation, string> = {
  CREATE: 'green',
  UPDATE: 'blue',
  DELETE: 'red',
  LOGIN: 'default',
  LOGIN_FAILED: 'orange',
  LOGOUT: 'default',
  PASSWORD_CHANGE: 'purple',
  DOWNLOAD: 'cyan',
};
const PAGE_SIZE = 25;

interface Filters {
  actorID?: string;
  entityType?: string;
  operation?: AuditLogOperation;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export default function AuditPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [filters, setFilters] = useState<Filters>({});
  const paging = useCursorPaging(PAGE_SIZE);
  const [users] = useQuery({ query: AuditUsersDocument });

  const where = useMemo<AuditLogWhereInput>(() => {
    const w: AuditLogWhereInput = {};
    if (filters.actorID) w.actorID = filters.actorID;
    if (filters.entityType) w.entityType = filters.entityType;
    if (filters.operation) w.operation = filters.operation;
    const [from, to] = filters.range ?? [];
    if (from) w.createdAtGTE = from.startOf('day').toISOString();
    if (to) w.createdAtLTE = to.endOf('day').toISOString();
    return w;
  }, [filters]);

  const [result, reexecute] = useQuery({ query: AuditLogsDocument, variables: { ...paging.variables, where } });
  const conn = result.data?.auditLogs;
  const rows: Row[] = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const entityLabel = (v: string) => entityText(v, lang);

  const setFilter = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    paging.reset();
  };

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('audit.fields.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (v: string) => <span className="nowrap">{formatDateTime(v, lang)}</span>,
    },
    {
      title: t('audit.fields.actor'),
      key: 'actor',
      render: (_, r) =>
        r.actor ? (
          <span>
            {r.actor.displayName} <Typography.Text type="secondary">({r.actor.username})</Typography.Text>
          </span>
        ) : r.actorUsername ? (
          r.actorUsername
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      title: t('audit.fields.operation'),
      dataIndex: 'operation',
      key: 'operation',
      render: (_, r) => <Tag color={OP_COLOR[r.operation]}>{t(`audit.operation.${r.operation}`)}</Tag>,
    },
    {
      title: t('audit.fields.entityType'),
      dataIndex: 'entityType',
      key: 'entityType',
      render: (v: string) => entityLabel(v),
    },
    {
      title: t('audit.fields.entityID'),
      dataIndex: 'entityID',
      key: 'entityID',
      render: (v: string | null) => <span className="mono">{v || t('common.none')}</span>,
      responsive: ['md'],
    },
    {
      title: t('audit.fields.changedFields'),
      dataIndex: 'changedFields',
      key: 'changedFields',
      render: (v: string[] | null) => (v && v.length ? v.map((c) => columnText(c, lang)).join(lang === 'zh-CN' ? '、' : ', ') : t('common.none')),
      responsive: ['lg'],
      ellipsis: true,
      width: 320,
    },
  ];

  const userOptions = (users.data?.users.edges ?? []).flatMap((e) =>
    e?.node ? [{ value: e.node.id, label: `${e.node.displayName} (${e.node.username})` }] : [],
  );

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('audit.title')}
      </Typography.Title>
      <Card className="filter-card" size="small" title={t('common.filters')}>
        <Form layout="vertical" role="search">
          <Row gutter={[16, 0]}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('audit.user')} htmlFor="audit-user">
                <Select
                  id="audit-user"
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('common.all')}
                  loading={users.fetching}
                  value={filters.actorID}
                  onChange={(v?: string) => setFilter({ actorID: v })}
                  options={userOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('audit.entityType')} htmlFor="audit-entity">
                <Select
                  id="audit-entity"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.entityType}
                  onChange={(v?: string) => setFilter({ entityType: v })}
                  options={ENTITY_TYPES.map((e) => ({ value: e, label: entityLabel(e) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item label={t('audit.fields.operation')} htmlFor="audit-op">
                <Select
                  id="audit-op"
                  allowClear
                  placeholder={t('common.all')}
                  value={filters.operation}
                  onChange={(v?: AuditLogOperation) => setFilter({ operation: v })}
                  options={OPERATIONS.map((o) => ({ value: o, label: t(`audit.operation.${o}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label={t('audit.timeRange')} htmlFor="audit-range">
                <DatePicker.RangePicker
                  id={{ start: 'audit-range' }}
                  style={{ width: '100%' }}
                  allowEmpty={[true, true]}
                  value={filters.range ?? null}
                  onChange={(v) => setFilter({ range: v })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card className="table-card">
        {result.error && !result.data ? (
          <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <>
            <Table<Row>
              rowKey="id"
              size="middle"
              data-testid="audit-table"
              columns={columns}
              dataSource={rows}
              loading={result.fetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              expandable={{
                rowExpandable: (r) => Boolean(r.changes && Object.keys(r.changes).length > 0),
                expandedRowRender: (r) => (
                  <Descriptions size="small" column={1} title={t('audit.changes')} bordered>
                    {Object.entries(r.changes ?? {}).map(([k, v]) => (
                      <Descriptions.Item key={k} label={columnText(k, lang)}>
                        <span className="pre-wrap">{valueText(k, v, lang)}</span>
                      </Descriptions.Item>
                    ))}
                  </Descriptions>
                ),
              }}
              locale={{ emptyText: result.fetching ? t('common.loading') : <EmptyState title={t('audit.emptyList')} /> }}
            />
            <CursorPager
              paging={paging}
              pageInfo={conn?.pageInfo}
              total={t('common.total', { total: formatNumber(conn?.totalCount ?? 0, lang) })}
            />
          </>
        )}
      </Card>
    </div>
  );
}
