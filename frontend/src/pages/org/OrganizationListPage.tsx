import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Badge, Button, Card, Col, Form, Grid, Input, Row, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { FilterOutlined, LeftOutlined, PlusOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { OrganizationFieldsFragment } from '../../gql/graphql';
import { useMe } from '../../auth/AuthProvider';
import { EmptyState, ErrorState } from '../../components/States';
import { formatDate, formatNumber } from '../../lib/format';
import { currentLanguage } from '../../i18n';
import { KINDS, SERVICE_FIELDS, STAGES, STATUSES, STATUS_COLOR } from './model';
import { PAGE_SIZE, SORTS, SORT_ORDER, buildWhere, readListParams, type Sort } from './listParams';

const OrganizationsDocument = graphql(`
  query Organizations(
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $orderBy: OrganizationOrder
    $where: OrganizationWhereInput
  ) {
    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...OrganizationFields
        }
      }
    }
  }
`);

const SORT_LABEL = {
  name_asc: 'org.sortNameAsc',
  name_desc: 'org.sortNameDesc',
  reg_desc: 'org.sortRegisteredDesc',
  reg_asc: 'org.sortRegisteredAsc',
  created_desc: 'org.sortCreatedDesc',
} as const;

type Row = OrganizationFieldsFragment;

export default function OrganizationListPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { caps } = useMe();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const urlKey = searchParams.toString();
  const params = useMemo(() => readListParams(new URLSearchParams(urlKey)), [urlKey]);
  const [form] = Form.useForm<{ q: string; town: string }>();
  // On phones only the name search shows until the filters are opened.
  const screens = Grid.useBreakpoint();
  const compact = screens.md === false;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const showAll = !compact || filtersOpen;
  const activeFilters = [params.kind, params.stage, params.status, params.field, params.town].filter(Boolean).length;

  const variables = useMemo(() => {
    const backwards = Boolean(params.before);
    return {
      first: backwards ? undefined : PAGE_SIZE,
      after: backwards ? undefined : params.after,
      last: backwards ? PAGE_SIZE : undefined,
      before: backwards ? params.before : undefined,
      orderBy: SORT_ORDER[params.sort],
      where: buildWhere(params),
    };
  }, [params]);

  const [result, reexecute] = useQuery({ query: OrganizationsDocument, variables });
  const conn = result.data?.organizations;
  const rows: Row[] = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const total = formatNumber(conn?.totalCount ?? 0, lang);

  /** Applies filter/sort/cursor changes; any change starts from the first page unless it sets a cursor. */
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(searchParams);
    next.delete('after');
    next.delete('before');
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setSearchParams(next);
  };

  // entgql reports hasPreviousPage only for backward and hasNextPage only
  // for forward pagination; the cursor we came from tells the other one.
  const backwards = Boolean(params.before);
  const hasPrev = backwards ? Boolean(conn?.pageInfo.hasPreviousPage) : Boolean(params.after);
  const hasNext = backwards ? true : Boolean(conn?.pageInfo.hasNextPage);
  const onFirstPage = !params.after && !params.before;

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('org.fields.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: params.sort === 'name_asc' ? 'ascend' : params.sort === 'name_desc' ? 'descend' : null,
      render: (_, r) => <Link to={`/organizations/${r.id}`}>{r.name}</Link>,
    },
    {
      title: t('org.fields.uscc'),
      dataIndex: 'uscc',
      key: 'uscc',
      render: (v: string) => <span className="mono">{v}</span>,
      responsive: ['md'],
    },
    {
      title: t('org.fields.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (_, r) => t(`org.kind.${r.kind}`),
    },
    {
      title: t('org.fields.stage'),
      dataIndex: 'stage',
      key: 'stage',
      render: (_, r) => t(`org.stage.${r.stage}`),
      responsive: ['sm'],
    },
    {
      title: t('org.fields.serviceFields'),
      dataIndex: 'serviceFields',
      key: 'serviceFields',
      render: (_, r) =>
        r.serviceFields.length === 0 ? (
          t('common.none')
        ) : (
          <Space size={[0, 4]} wrap>
            {r.serviceFields.map((f) => (
              <Tag key={f}>{t(`org.serviceFieldValue.${f}`)}</Tag>
            ))}
          </Space>
        ),
      responsive: ['xxl'],
    },
    {
      title: t('org.fields.town'),
      dataIndex: 'town',
      key: 'town',
      render: (v: string | null) => v || t('common.none'),
      responsive: ['md'],
    },
    {
      title: t('org.fields.registeredOn'),
      dataIndex: 'registeredOn',
      key: 'registeredOn',
      sorter: true,
      sortOrder: params.sort === 'reg_asc' ? 'ascend' : params.sort === 'reg_desc' ? 'descend' : null,
      render: (v: string | null) => (v ? formatDate(v, lang) : t('common.none')),
      responsive: ['sm'],
    },
    {
      title: t('org.fields.status'),
      dataIndex: 'status',
      key: 'status',
      render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`org.status.${r.status}`)}</Tag>,
    },
  ];

  const onTableChange: TableProps<Row>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (!s || !s.order) {
      update({ sort: undefined });
      return;
    }
    if (s.columnKey === 'name') update({ sort: s.order === 'ascend' ? undefined : 'name_desc' });
    if (s.columnKey === 'registeredOn') update({ sort: s.order === 'ascend' ? 'reg_asc' : 'reg_desc' });
  };

  const filterSelect = (
    key: 'kind' | 'stage' | 'status' | 'field',
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <Col xs={24} sm={12} md={8} xl={4}>
      <Form.Item label={label} htmlFor={`org-filter-${key}`}>
        <Select
          id={`org-filter-${key}`}
          data-testid={`org-filter-${key}`}
          allowClear
          placeholder={t('common.all')}
          value={params[key]}
          onChange={(v?: string) => update({ [key]: v })}
          options={options}
        />
      </Form.Item>
    </Col>
  );

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('org.listTitle')}
        </Typography.Title>
        {caps.has('org.create') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/organizations/new')}
            data-testid="org-create"
          >
            {t('org.create')}
          </Button>
        ) : null}
      </div>

      <Card
        className="filter-card"
        size="small"
        title={t('common.filters')}
        extra={
          compact ? (
            <Badge count={activeFilters} size="small">
              <Button
                size="small"
                icon={<FilterOutlined />}
                aria-expanded={filtersOpen}
                aria-controls="org-filters"
                onClick={() => setFiltersOpen((o) => !o)}
                data-testid="org-filters-toggle"
              >
                {t('common.filters')}
              </Button>
            </Badge>
          ) : null
        }
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ q: params.q, town: params.town }}
          onFinish={(v) => update({ q: v.q?.trim(), town: v.town?.trim() })}
          role="search"
        >
          <Row gutter={[16, 0]} id="org-filters">
            <Col xs={24} sm={12} md={8} xl={6}>
              <Form.Item label={t('org.searchLabel')} name="q">
                <Input placeholder={t('org.searchPlaceholder')} allowClear data-testid="org-search" />
              </Form.Item>
            </Col>
            {showAll ? (
              <>
            {filterSelect('kind', t('org.fields.kind'), KINDS.map((k) => ({ value: k, label: t(`org.kind.${k}`) })))}
            {filterSelect('stage', t('org.fields.stage'), STAGES.map((k) => ({ value: k, label: t(`org.stage.${k}`) })))}
            {filterSelect(
              'field',
              t('org.fields.serviceField'),
              SERVICE_FIELDS.map((k) => ({ value: k, label: t(`org.serviceFieldValue.${k}`) })),
            )}
            {filterSelect(
              'status',
              t('org.fields.status'),
              STATUSES.map((k) => ({ value: k, label: t(`org.status.${k}`) })),
            )}
            <Col xs={24} sm={12} md={8} xl={6}>
              <Form.Item label={t('org.fields.town')} name="town">
                <Input placeholder={t('org.townPlaceholder')} allowClear data-testid="org-filter-town" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8} xl={6}>
              <Form.Item label={t('org.sortLabel')} htmlFor="org-sort">
                <Select<Sort>
                  id="org-sort"
                  value={params.sort}
                  onChange={(v) => update({ sort: v === 'name_asc' ? undefined : v })}
                  options={SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
                />
              </Form.Item>
            </Col>
              </>
            ) : null}
            <Col xs={24} sm={12} md={8} xl={6} className="filter-actions">
              <Space>
                <Button type="primary" htmlType="submit" data-testid="org-search-submit">
                  {t('common.search')}
                </Button>
                <Button
                  onClick={() => {
                    form.setFieldsValue({ q: '', town: '' });
                    setSearchParams(new URLSearchParams());
                  }}
                >
                  {t('common.reset')}
                </Button>
              </Space>
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
              data-testid="org-table"
              columns={columns}
              dataSource={rows}
              loading={result.fetching}
              pagination={false}
              onChange={onTableChange}
              scroll={{ x: 'max-content' }}
              locale={{
                emptyText: result.fetching ? (
                  <span>{t('common.loading')}</span>
                ) : (
                  <EmptyState title={t('org.emptyList')} hint={t('org.emptyHint')} />
                ),
              }}
            />
            <nav className="pager" aria-label={t('common.total', { total })}>
              <span className="pager__total" data-testid="org-total">
                {t('common.total', { total })}
              </span>
              <Space wrap>
                <Button icon={<VerticalRightOutlined />} disabled={onFirstPage} onClick={() => update({})}>
                  {t('common.firstPage')}
                </Button>
                <Button
                  icon={<LeftOutlined />}
                  disabled={!hasPrev || !conn?.pageInfo.startCursor}
                  onClick={() => update({ before: conn?.pageInfo.startCursor ?? undefined })}
                >
                  {t('common.previous')}
                </Button>
                <Button
                  disabled={!hasNext || !conn?.pageInfo.endCursor}
                  onClick={() => update({ after: conn?.pageInfo.endCursor ?? undefined })}
                  data-testid="org-next"
                >
                  {t('common.next')}
                  <RightOutlined />
                </Button>
              </Space>
            </nav>
          </>
        )}
      </Card>
    </div>
  );
}
