import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { LeftOutlined, RightOutlined, UserAddOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from 'urql';
import { EmptyState, ErrorState } from '../../../components/States';
import type { CoverageFilter, OrganizationKind, PartyCoverageForm, PartyCoverageTableQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { CommitteeGate, usePartyAccess } from '../shared/access';
import { chinaYear } from '../shared/dates';
import { LoadBar } from '../shared/LoadBar';
import { COVERAGE_FORMS, ORG_KINDS } from '../shared/model';
import { CoverageFormTag, UncoveredRiskTag } from '../shared/tags';
import { usePT } from '../shared/texts';
import { AssignDialog } from './AssignDialog';
import { CoverageTableDocument, OfficersDocument, PartyTownsDocument } from './api';

export const PAGE_SIZE = 50;

type Row = NonNullable<PartyCoverageTableQuery['partyCoverageTable']['edges'][number]>['node'];

function isForm(v: string | null): v is PartyCoverageForm {
  return v !== null && (COVERAGE_FORMS as readonly string[]).includes(v);
}
function isKind(v: string | null): v is OrganizationKind {
  return v !== null && (ORG_KINDS as readonly string[]).includes(v);
}

/** The coverage filter named by the page's address (?form=&town=&kind=&q=&officer=). */
export function filterFromParams(p: URLSearchParams): CoverageFilter {
  const f: CoverageFilter = {};
  const form = p.get('form');
  if (isForm(form)) f.form = form;
  const kind = p.get('kind');
  if (isKind(kind)) f.kind = kind;
  if (p.get('town')) f.town = p.get('town');
  if (p.get('q')?.trim()) f.search = p.get('q')?.trim();
  if (p.get('officer')) f.officerID = p.get('officer');
  return f;
}

/**
 * The coverage table: every organisation of the county with its form,
 * branch, officer (with their load) and last visit, 50 a page, filtered by
 * form, town, type, officer and name. ?form=UNCOVERED is the uncovered
 * list, each row marked "no party organisation" with an "assign" action.
 */
export default function CoveragePage() {
  return (
    <CommitteeGate>
      <Coverage />
    </CommitteeGate>
  );
}

function Coverage() {
  const { pt, t, lang } = usePT();
  const { manage } = usePartyAccess();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filterKey = JSON.stringify(filter);
  // The cursors of the pages seen so far, per filter: page i starts after cursors[i].
  const [paging, setPaging] = useState<{ key: string; cursors: (string | undefined)[] }>({ key: filterKey, cursors: [undefined] });
  const cursors = paging.key === filterKey ? paging.cursors : [undefined];
  const page = cursors.length - 1;
  const context = useMemo(() => ({ additionalTypenames: ['OfficerAssignment', 'PartyCoverage'] }), []);
  const [res, reexecute] = useQuery({
    query: CoverageTableDocument,
    variables: { first: PAGE_SIZE, after: cursors[page], filter },
    context,
  });
  const [towns] = useQuery({ query: PartyTownsDocument, variables: { year: chinaYear() } });
  const [officers] = useQuery({ query: OfficersDocument, variables: {} });
  const [assigning, setAssigning] = useState<{ id: string; name: string } | null>(null);
  const uncoveredList = filter.form === 'UNCOVERED';
  const conn = res.data?.partyCoverageTable;
  const rows: Row[] = (conn?.edges ?? []).map((e) => e.node);

  const set = (key: string, value: string | undefined | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const allColumns: ColumnsType<Row> = [
    {
      title: pt('field.organization'),
      key: 'name',
      width: 280,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Link to={`/party/coverage/${r.organization.id}`} data-testid="coverage-org">
            {r.organization.name}
          </Link>
          <Typography.Text type="secondary" className="mono nowrap" style={{ fontSize: 12 }}>
            {r.organization.uscc}
          </Typography.Text>
        </Space>
      ),
    },
    { title: pt('field.town'), key: 'town', render: (_, r) => <span className="nowrap">{r.organization.town ?? pt('common.none')}</span>, responsive: ['md'] },
    {
      title: pt('field.orgKind'),
      key: 'kind',
      render: (_, r) => t(`org.kind.${r.organization.kind}`),
      responsive: ['lg'],
    },
    {
      title: pt('field.form'),
      key: 'form',
      render: (_, r) => (r.form === 'UNCOVERED' ? <UncoveredRiskTag /> : <CoverageFormTag form={r.form} short />),
    },
    { title: pt('field.since'), key: 'since', render: (_, r) => <span className="nowrap">{r.since ? formatDate(r.since, lang) : pt('common.none')}</span>, responsive: ['lg'] },
    {
      title: pt('field.branch'),
      key: 'branch',
      render: (_, r) => r.partyOrganization?.name ?? pt('common.none'),
      responsive: ['md'],
    },
    {
      title: pt('field.officer'),
      key: 'officer',
      render: (_, r) =>
        r.assignment ? (
          <Space direction="vertical" size={0}>
            <span>{r.assignment.officer.name}</span>
            <LoadBar load={r.assignment.officer.currentLoad} max={r.assignment.officer.maxLoad} compact />
          </Space>
        ) : (
          pt('common.none')
        ),
    },
    {
      title: pt('field.lastVisit'),
      key: 'lastVisit',
      render: (_, r) => (
        <span className="nowrap">
          {r.lastVisitOn ? formatDate(r.lastVisitOn, lang) : <Typography.Text type="secondary">{pt('coverage.lastVisitNone')}</Typography.Text>}
        </span>
      ),
      responsive: ['lg'],
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        manage && r.form === 'UNCOVERED' ? (
          <Button
            type="primary"
            size="small"
            icon={<UserAddOutlined />}
            onClick={() => setAssigning({ id: r.organization.id, name: r.organization.name })}
            data-testid="assign-officer"
          >
            {pt('coverage.assign')}
          </Button>
        ) : (
          <Link to={`/party/coverage/${r.organization.id}`}>{pt('common.detail')}</Link>
        ),
    },
  ];

  // The uncovered have no date, branch or officer to show.
  const columns = uncoveredList ? allColumns.filter((c) => !['since', 'branch', 'officer'].includes(String(c.key))) : allColumns;

  const townOptions = (towns.data?.partyStatistics.byTown ?? []).map((g) => ({ value: g.key, label: g.key }));
  const officerOptions = (officers.data?.guidanceOfficers.edges ?? []).flatMap((e) => (e?.node ? [{ value: e.node.id, label: e.node.name }] : []));

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {uncoveredList ? pt('coverage.uncoveredTitle') : pt('coverage.title')}
        </Typography.Title>
        <Button onClick={() => set('form', uncoveredList ? null : 'UNCOVERED')} danger={!uncoveredList} data-testid="toggle-uncovered">
          {uncoveredList ? pt('coverage.showAll') : pt('coverage.showUncovered')}
        </Button>
      </div>
      {uncoveredList ? <Alert type="warning" showIcon message={pt('coverage.uncoveredIntro')} style={{ marginBottom: 16 }} /> : null}
      {!manage ? <Alert type="info" showIcon message={pt('common.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Card className="filter-card" size="small">
        <Space wrap>
          <Select
            allowClear
            placeholder={pt('coverage.filterForm')}
            aria-label={pt('coverage.filterForm')}
            value={filter.form ?? undefined}
            onChange={(v) => set('form', v)}
            style={{ width: 190 }}
            options={COVERAGE_FORMS.map((f) => ({ value: f, label: pt(`form.${f}`) }))}
            data-testid="filter-form"
          />
          <Select
            allowClear
            showSearch
            placeholder={pt('coverage.filterTown')}
            aria-label={pt('coverage.filterTown')}
            value={filter.town ?? undefined}
            onChange={(v) => set('town', v)}
            style={{ width: 160 }}
            options={townOptions}
          />
          <Select
            allowClear
            placeholder={pt('coverage.filterKind')}
            aria-label={pt('coverage.filterKind')}
            value={filter.kind ?? undefined}
            onChange={(v) => set('kind', v)}
            style={{ width: 200 }}
            options={ORG_KINDS.map((k) => ({ value: k, label: t(`org.kind.${k}`) }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={pt('coverage.filterOfficer')}
            aria-label={pt('coverage.filterOfficer')}
            value={filter.officerID ?? undefined}
            onChange={(v) => set('officer', v)}
            style={{ width: 150 }}
            options={officerOptions}
          />
          <Input.Search
            key={params.get('q') ?? ''}
            allowClear
            defaultValue={params.get('q') ?? ''}
            placeholder={pt('coverage.search')}
            aria-label={pt('coverage.search')}
            onSearch={(v) => set('q', v.trim())}
            style={{ width: 240 }}
            data-testid="filter-search"
          />
        </Space>
      </Card>
      {res.error && !conn ? (
        <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <Card size="small" style={{ marginTop: 16 }}>
          <Table<Row>
            rowKey={(r) => r.organization.id}
            size="small"
            loading={res.fetching && !res.stale}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyState title={uncoveredList ? pt('coverage.uncoveredEmpty') : pt('coverage.empty')} /> }}
            data-testid="coverage-table"
          />
          <nav className="pager" aria-label={pt('common.totalOrgs', { total: conn?.totalCount ?? 0 })}>
            <span className="pager__total" data-testid="coverage-total">
              {pt('common.totalOrgs', { total: conn?.totalCount ?? 0 })} · {pt('common.pageOf', { page: page + 1 })}
            </span>
            <Space wrap>
              <Button icon={<LeftOutlined />} disabled={page === 0} onClick={() => setPaging({ key: filterKey, cursors: cursors.slice(0, -1) })}>
                {t('common.previous')}
              </Button>
              <Button
                disabled={!conn?.pageInfo.hasNextPage}
                onClick={() => conn?.pageInfo.endCursor && setPaging({ key: filterKey, cursors: [...cursors, conn.pageInfo.endCursor] })}
                data-testid="coverage-next"
              >
                {t('common.next')}
                <RightOutlined />
              </Button>
            </Space>
          </nav>
        </Card>
      )}
      {assigning ? (
        <AssignDialog
          organization={assigning}
          onClose={() => setAssigning(null)}
          onDone={() => {
            setAssigning(null);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </div>
  );
}
