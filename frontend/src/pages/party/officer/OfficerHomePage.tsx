import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, List, Popconfirm, Result, Row, Space, Table, Typography } from 'antd';
import { CalendarOutlined, CheckOutlined, FlagOutlined, FormOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import { useRun } from '../../../components/useRun';
import type { PartyWorkOfficerQuery, PartyWorkOrganizationsQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { chinaToday } from '../shared/dates';
import { LoadBar } from '../shared/LoadBar';
import { MyPointsCard } from '../ngo/MyPointsCard';
import {
  CompleteFollowUpDocument,
  PartyWorkActivitiesDocument,
  PartyWorkOfficerDocument,
  PartyWorkOrganizationsDocument,
  PartyWorkVisitsDocument,
} from './api';
import { followUpDue } from './model';
import { ActivityList, VisitList } from './records';
import { usePW } from './texts';

type OrgRow = NonNullable<PartyWorkOrganizationsQuery['partyCoverageTable']['edges'][number]>['node'];
type FollowUp = PartyWorkOfficerQuery['myFollowUps'][number];

const RECENT = 10;

/** A follow-up's due date and how it stands today: overdue ones in red. */
function DueText({ dueOn, today }: { dueOn: string; today: string }) {
  const { pw, lang } = usePW();
  const due = followUpDue(dueOn, today);
  const when = due.kind === 'overdue' ? pw('officer.overdue', { days: due.days }) : due.kind === 'today' ? pw('officer.dueToday') : pw('officer.dueIn', { days: due.days });
  return (
    <Typography.Text type={due.kind === 'overdue' ? 'danger' : due.kind === 'today' ? 'warning' : 'secondary'} data-testid="follow-up-due-text" data-due={due.kind}>
      {formatDate(dueOn, lang)} · {when}
    </Typography.Text>
  );
}

/**
 * A guidance officer's own page: the organisations assigned to them with
 * their last visit and a "log visit" / "record activity" action each, the
 * open follow-ups (soonest first, overdue in red, "done"), and their recent
 * visits and activities.
 */
export default function OfficerHomePage() {
  const { pw, pt, lang } = usePW();
  const run = useRun();
  const today = chinaToday();
  const context = useMemo(() => ({ additionalTypenames: ['PartyVisit', 'VisitFollowUp', 'PartyActivity', 'OfficerAssignment'] }), []);
  const [me, refetchMe] = useQuery({ query: PartyWorkOfficerDocument, context });
  const [orgs, refetchOrgs] = useQuery({ query: PartyWorkOrganizationsDocument, variables: { first: 200 }, context });
  const [visits] = useQuery({ query: PartyWorkVisitsDocument, variables: { first: RECENT }, context });
  const [activities] = useQuery({ query: PartyWorkActivitiesDocument, variables: { first: RECENT }, context });
  const [, complete] = useMutation(CompleteFollowUpDocument);

  if (me.fetching && !me.data) return <Loading />;
  if (me.error && !me.data) return <ErrorState error={me.error} onRetry={() => refetchMe({ requestPolicy: 'network-only' })} />;
  const officer = me.data?.myGuidanceOfficer;
  if (!officer) return <Result status="info" title={pw('officer.title')} subTitle={pw('officer.notOfficer')} data-testid="not-officer" />;

  const rows: OrgRow[] = (orgs.data?.partyCoverageTable.edges ?? []).map((e) => e.node);
  const followUps: FollowUp[] = me.data?.myFollowUps ?? [];
  const visitList = (visits.data?.partyVisits.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const activityList = (activities.data?.partyActivities.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const columns: ColumnsType<OrgRow> = [
    {
      title: pt('field.organization'),
      key: 'name',
      width: 240,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong data-testid="officer-org-name">
            {r.organization.name}
          </Typography.Text>
          {r.organization.town ? <Typography.Text type="secondary">{r.organization.town}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: pt('field.since'),
      key: 'since',
      responsive: ['md'],
      render: (_, r) => <span className="nowrap">{formatDate(r.assignment?.startOn ?? r.since, lang)}</span>,
    },
    {
      title: pt('field.lastVisit'),
      key: 'lastVisit',
      render: (_, r) =>
        r.lastVisitOn ? (
          <span className="nowrap" data-testid="last-visit">
            {formatDate(r.lastVisitOn, lang)}
          </span>
        ) : (
          <Typography.Text type="warning" className="nowrap" data-testid="last-visit">
            {pw('officer.neverVisited')}
          </Typography.Text>
        ),
    },
    {
      title: '',
      key: 'actions',
      render: (_, r) => (
        <Space size={4}>
          <Link to={`/party/visits/new?org=${encodeURIComponent(r.organization.id)}`} data-testid="log-visit">
            <Button size="small" type="primary" icon={<FormOutlined />}>
              {pw('officer.logVisit')}
            </Button>
          </Link>
          <Link to={`/party/activities/new?org=${encodeURIComponent(r.organization.id)}`} data-testid="record-activity">
            <Button size="small" icon={<FlagOutlined />}>
              {pw('officer.recordActivity')}
            </Button>
          </Link>
        </Space>
      ),
    },
  ];

  const done = async (f: FollowUp) => {
    if (await run(complete({ id: f.id }), pw('officer.completed', { action: f.action }))) {
      refetchMe({ requestPolicy: 'network-only' });
      refetchOrgs({ requestPolicy: 'network-only' });
    }
  };

  return (
    <div className="page" data-testid="officer-home">
      <div className="page-header">
        <Space direction="vertical" size={4}>
          <Typography.Title level={1} className="page-title">
            {pw('officer.title')}
          </Typography.Title>
          <Space wrap size={16}>
            <Typography.Text data-testid="officer-profile">{pw('officer.profile', { name: officer.name, unit: officer.unit || pw('common.none') })}</Typography.Text>
            <LoadBar load={officer.currentLoad} max={officer.maxLoad} />
          </Space>
        </Space>
        <Space wrap>
          <Link to="/party/visits/new">
            <Button type="primary" icon={<FormOutlined />} data-testid="new-visit">
              {pw('officer.logVisit')}
            </Button>
          </Link>
          <Link to="/party/activities/new">
            <Button icon={<FlagOutlined />} data-testid="new-activity">
              {pw('officer.newActivity')}
            </Button>
          </Link>
        </Space>
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={pw('officer.orgs')} extra={<Typography.Text type="secondary">{pt('common.totalOrgs', { total: rows.length })}</Typography.Text>}>
            {orgs.error && !orgs.data ? <ErrorState error={orgs.error} /> : null}
            <Table<OrgRow>
              rowKey={(r) => r.organization.id}
              columns={columns}
              dataSource={rows}
              loading={orgs.fetching && !orgs.data}
              pagination={false}
              size="middle"
              locale={{ emptyText: pw('officer.orgsEmpty') }}
              onRow={(r) => ({ 'data-testid': 'officer-org', 'data-org': r.organization.name }) as React.HTMLAttributes<HTMLElement>}
              data-testid="officer-orgs"
              scroll={{ x: true }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={
              <span>
                <CalendarOutlined style={{ marginRight: 8 }} aria-hidden />
                {pw('officer.followUps')}
              </span>
            }
            data-testid="my-follow-ups"
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {pw('officer.followUpsHint')}
            </Typography.Paragraph>
            <List
              dataSource={followUps}
              locale={{ emptyText: pw('officer.followUpsEmpty') }}
              renderItem={(f) => (
                <List.Item
                  key={f.id}
                  data-testid="follow-up"
                  data-id={f.id}
                  actions={[
                    <Popconfirm
                      key="done"
                      title={pw('officer.completeConfirm', { action: f.action })}
                      onConfirm={() => void done(f)}
                      okButtonProps={{ 'data-testid': 'follow-up-done-confirm' }}
                    >
                      <Button size="small" icon={<CheckOutlined />} data-testid="follow-up-done">
                        {pw('officer.complete')}
                      </Button>
                    </Popconfirm>,
                  ]}
                >
                  <List.Item.Meta
                    title={<span data-testid="follow-up-action-text">{f.action}</span>}
                    description={
                      <Space direction="vertical" size={0}>
                        <DueText dueOn={f.dueOn} today={today} />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {pw('officer.fromVisit', { date: formatDate(f.visit.visitedOn, lang), org: f.visit.organization.name })}
                        </Typography.Text>
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={pw('officer.visits')} data-testid="officer-visits">
            {visits.error && !visits.data ? <ErrorState error={visits.error} /> : <VisitList visits={visitList} empty={pw('officer.visitsEmpty')} />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={pw('officer.activities')} data-testid="officer-activities">
            {activities.error && !activities.data ? (
              <ErrorState error={activities.error} />
            ) : (
              <ActivityList activities={activityList} empty={pw('officer.activitiesEmpty')} />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <MyPointsCard />
        </Col>
      </Row>
    </div>
  );
}
