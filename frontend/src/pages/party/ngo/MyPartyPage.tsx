import { useMemo, useState } from 'react';
import { Alert, Card, Col, Descriptions, Result, Row, Select, Space, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { useMe } from '../../../auth/AuthProvider';
import { ErrorState, Loading } from '../../../components/States';
import type { PartyWorkMyStatusQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { CoverageFormTag, PartyOrgKindTag, UncoveredRiskTag } from '../shared/tags';
import { PartyWorkActivitiesDocument, PartyWorkVisitsDocument } from '../officer/api';
import { ActivityList, VisitList } from '../officer/records';
import { usePW } from '../officer/texts';
import { PartyWorkMyStatusDocument } from './api';
import { MyPointsCard } from './MyPointsCard';

type Org = Extract<NonNullable<PartyWorkMyStatusQuery['node']>, { __typename: 'Organization' }>;
type Status = NonNullable<Org['partyStatus']>;
type Period = PartyWorkMyStatusQuery['coverageHistory'][number];

/**
 * An organisation's party-building status as its record shows it: the
 * form of coverage and since when, the branch that covers it, its guidance
 * officer with unit and phone; "未建立党组织" in red when uncovered.
 */
export function PartyStatusCard({ status }: { status: Status | null | undefined }) {
  const { pw, lang } = usePW();
  if (!status) return <Alert type="info" showIcon message={pw('my.statusUnavailable')} data-testid="party-status-unavailable" />;
  const branch = status.partyOrganization;
  const officer = status.officer;
  return (
    <div data-testid="party-status" data-form={status.form} data-uncovered={status.uncovered ? 'true' : 'false'}>
      {status.uncovered ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={<UncoveredRiskTag />}
          description={pw('my.uncoveredNote')}
          data-testid="uncovered-alert"
        />
      ) : null}
      <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small" bordered>
        <Descriptions.Item label={pw('my.form')}>
          <CoverageFormTag form={status.form} />
        </Descriptions.Item>
        <Descriptions.Item label={pw('my.since')}>
          <span data-testid="status-since">{status.since ? formatDate(status.since, lang) : pw('common.none')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={pw('my.branch')} span="filled">
          {branch ? (
            <Space wrap size={8} data-testid="status-branch">
              <span>{branch.name}</span>
              <PartyOrgKindTag kind={branch.kind} />
              {branch.secretary ? <Typography.Text type="secondary">{pw('my.secretary', { name: branch.secretary })}</Typography.Text> : null}
            </Space>
          ) : (
            pw('common.none')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={pw('my.officer')}>
          <span data-testid="status-officer">{officer ? officer.name : pw('my.noOfficer')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={pw('my.officerUnit')}>{officer?.unit || pw('common.none')}</Descriptions.Item>
        <Descriptions.Item label={pw('my.officerPhone')} span="filled">
          {officer?.phone ? (
            <a href={`tel:${officer.phone}`} data-testid="status-officer-phone">
              {officer.phone}
            </a>
          ) : (
            pw('common.none')
          )}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}

function HistoryTable({ periods }: { periods: readonly Period[] }) {
  const { pw, pt, lang } = usePW();
  return (
    <Table<Period>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={periods as Period[]}
      locale={{ emptyText: pw('my.historyEmpty') }}
      data-testid="coverage-history"
      scroll={{ x: true }}
      columns={[
        {
          title: pt('field.period'),
          key: 'period',
          render: (_, p) => (
            <span className="nowrap">
              {formatDate(p.startOn, lang)} – {p.endOn ? formatDate(p.endOn, lang) : pw('my.present')}
            </span>
          ),
        },
        { title: pt('field.form'), key: 'form', render: (_, p) => <CoverageFormTag form={p.form} short /> },
        { title: pt('field.branch'), key: 'branch', render: (_, p) => p.partyOrganization?.name ?? pw('common.none'), responsive: ['md'] },
        { title: pt('field.reason'), key: 'reason', render: (_, p) => p.reason || pw('common.none') },
      ]}
    />
  );
}

function OrganizationParty({ orgID }: { orgID: string }) {
  const { pw } = usePW();
  const context = useMemo(() => ({ additionalTypenames: ['PartyCoverage', 'OfficerAssignment', 'PartyVisit', 'PartyActivity', 'Document'] }), []);
  const [status, refetch] = useQuery({ query: PartyWorkMyStatusDocument, variables: { id: orgID }, context });
  const [visits] = useQuery({ query: PartyWorkVisitsDocument, variables: { first: 20, where: { organizationID: orgID } }, context });
  const [activities] = useQuery({ query: PartyWorkActivitiesDocument, variables: { first: 20 }, context });

  if (status.fetching && !status.data) return <Loading />;
  if (status.error && !status.data) return <ErrorState error={status.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const org = status.data?.node?.__typename === 'Organization' ? (status.data.node as Org) : null;
  const visitList = (visits.data?.partyVisits.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  // An organisation's activities: those it took part in (a member of several sees each one's).
  const activityList = (activities.data?.partyActivities.edges ?? [])
    .flatMap((e) => (e?.node ? [e.node] : []))
    .filter((a) => (a.involvements ?? []).some((i) => i.organization.id === orgID));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card title={org ? `${pw('my.status')} · ${org.name}` : pw('my.status')}>
          <PartyStatusCard status={org?.partyStatus} />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={pw('my.history')}>
          <HistoryTable periods={status.data?.coverageHistory ?? []} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={pw('my.visits')} data-testid="my-visits">
          {visits.error && !visits.data ? <ErrorState error={visits.error} /> : <VisitList visits={visitList} forOrganization empty={pw('my.visitsEmpty')} />}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={pw('my.activities')} data-testid="my-activities">
          {activities.error && !activities.data ? <ErrorState error={activities.error} /> : <ActivityList activities={activityList} empty={pw('my.activitiesEmpty')} />}
        </Card>
      </Col>
    </Row>
  );
}

/**
 * "我的党建": an NGO member's organisation's party-building coverage,
 * officer, coverage history, the visits and activities recorded for it
 * with their photos, and the member's own volunteer points if they are a
 * party-member volunteer.
 */
export default function MyPartyPage() {
  const { pw } = usePW();
  const { user } = useMe();
  const orgs = (user.memberships ?? []).map((m) => m.organization);
  const [picked, setPicked] = useState<string | null>(null);
  const orgID = picked ?? orgs[0]?.id;
  return (
    <div className="page" data-testid="my-party">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {pw('my.title')}
        </Typography.Title>
        {orgs.length > 1 ? (
          <Select
            aria-label={pw('my.pickOrganization')}
            value={orgID}
            onChange={setPicked}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            style={{ minWidth: 240 }}
          />
        ) : null}
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {orgID ? <OrganizationParty key={orgID} orgID={orgID} /> : <Result status="info" title={pw('my.noOrganization')} />}
        <MyPointsCard />
      </Space>
    </div>
  );
}
