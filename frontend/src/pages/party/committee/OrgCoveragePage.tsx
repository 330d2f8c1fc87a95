import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, SwapOutlined, UserAddOutlined, StopOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import type { PartyOrgCoverageQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { CommitteeGate, usePartyAccess } from '../shared/access';
import { FORM_COLOURS } from '../shared/model';
import { CoverageFormTag, PartyOrgKindTag, UncoveredRiskTag } from '../shared/tags';
import { usePT } from '../shared/texts';
import { AssignDialog } from './AssignDialog';
import { EndAssignmentDialog, HandOverDialog, SetCoverageDialog } from './CoverageDialogs';
import { OrgCoverageDocument } from './api';
import { LoadBar } from '../shared/LoadBar';

type Org = Extract<NonNullable<PartyOrgCoverageQuery['node']>, { __typename: 'Organization' }>;
type Dialog = 'set' | 'assign' | 'handOver' | 'end' | null;

const CONTEXT = { additionalTypenames: ['OfficerAssignment', 'PartyCoverage'] };

/**
 * One organisation's party-building coverage: its form now, the history of
 * its forms and of its officers as timelines, and the committee's actions
 * (change the form, assign, hand over, end the assignment).
 */
export default function OrgCoveragePage() {
  return (
    <CommitteeGate>
      <OrgCoverage />
    </CommitteeGate>
  );
}

function OrgCoverage() {
  const { orgId = '' } = useParams();
  const { pt, t, lang } = usePT();
  const { manage } = usePartyAccess();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [res, reexecute] = useQuery({
    query: OrgCoverageDocument,
    variables: { id: orgId },
    context: CONTEXT,
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={refresh} />;
  const org: Org | null = res.data?.node?.__typename === 'Organization' ? res.data.node : null;
  if (!org) return <ErrorState error={{ code: 'NOT_FOUND', message: '', extensions: {} }} />;
  const status = org.partyStatus;
  const coverage = res.data?.coverageHistory ?? [];
  const assignments = res.data?.assignmentHistory ?? [];
  const live = assignments.find((a) => !a.endOn);
  const form = status?.form ?? 'UNCOVERED';
  const period = (from: string, to?: string | null) => `${formatDate(from, lang)} – ${to ? formatDate(to, lang) : pt('common.present')}`;
  const done = () => {
    setDialog(null);
    refresh();
  };
  const who = { id: org.id, name: org.name };

  return (
    <div className="page">
      <Link to="/party/coverage" className="back-link">
        <ArrowLeftOutlined /> {pt('detail.back')}
      </Link>
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {org.name}
        </Typography.Title>
        <Space wrap>
          <CoverageFormTag form={form} />
          {status?.uncovered ? <UncoveredRiskTag /> : null}
        </Space>
      </div>
      {status?.uncovered ? <Alert type="error" showIcon message={pt('risk.uncoveredHint')} style={{ marginBottom: 16 }} /> : null}
      <Card
        title={pt('detail.current')}
        extra={
          manage ? (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setDialog('set')} data-testid="change-coverage">
                {pt('detail.changeCoverage')}
              </Button>
              {!live && (form === 'UNCOVERED' || form === 'DISPATCH') ? (
                <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog('assign')} data-testid="detail-assign">
                  {pt('detail.assign')}
                </Button>
              ) : null}
              {live ? (
                <>
                  <Button icon={<SwapOutlined />} onClick={() => setDialog('handOver')} data-testid="hand-over">
                    {pt('detail.handOver')}
                  </Button>
                  <Button danger icon={<StopOutlined />} onClick={() => setDialog('end')} data-testid="end-assignment">
                    {pt('detail.endAssignment')}
                  </Button>
                </>
              ) : null}
            </Space>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={pt('field.uscc')}>
            <span className="mono">{org.uscc}</span>
          </Descriptions.Item>
          <Descriptions.Item label={pt('field.town')}>{org.town ?? pt('common.none')}</Descriptions.Item>
          <Descriptions.Item label={pt('field.orgKind')}>{t(`org.kind.${org.kind}` as const)}</Descriptions.Item>
          <Descriptions.Item label={pt('field.form')}>
            <CoverageFormTag form={form} />
          </Descriptions.Item>
          <Descriptions.Item label={pt('field.since')}>{status?.since ? formatDate(status.since, lang) : pt('common.none')}</Descriptions.Item>
          <Descriptions.Item label={pt('field.branch')}>
            {status?.partyOrganization ? (
              <Space size={4}>
                <PartyOrgKindTag kind={status.partyOrganization.kind} />
                {status.partyOrganization.name}
              </Space>
            ) : (
              pt('common.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={pt('field.officer')}>
            {live ? (
              <Space wrap>
                <span>{live.officer.name}</span>
                <LoadBar load={live.officer.currentLoad} max={live.officer.maxLoad} compact />
              </Space>
            ) : (
              pt('common.none')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={pt('detail.registry')}>
            <Link to={`/organizations/${org.id}`}>{org.name}</Link>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={pt('detail.coverageHistory')} data-testid="coverage-history">
            {coverage.length === 0 ? (
              <Empty description={pt('detail.noCoverage')} />
            ) : (
              <Timeline
                items={coverage.map((c) => ({
                  key: c.id,
                  color: c.endOn ? 'gray' : FORM_COLOURS[c.form],
                  children: (
                    <div data-testid="coverage-period" data-form={c.form}>
                      <Space wrap size={4}>
                        <CoverageFormTag form={c.form} />
                        <Typography.Text type="secondary">{period(c.startOn, c.endOn)}</Typography.Text>
                      </Space>
                      {c.partyOrganization ? <div>{c.partyOrganization.name}</div> : null}
                      {c.reason ? (
                        <div className="timeline-reason">
                          {pt('field.reason')}：{c.reason}
                        </div>
                      ) : null}
                      {c.endReason ? (
                        <div className="timeline-meta">
                          {pt('field.endReason')}：{c.endReason}
                        </div>
                      ) : null}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={pt('detail.assignmentHistory')} data-testid="assignment-history">
            {assignments.length === 0 ? (
              <Empty description={pt('detail.noAssignments')} />
            ) : (
              <Timeline
                items={assignments.map((a) => ({
                  key: a.id,
                  color: a.endOn ? 'gray' : 'blue',
                  children: (
                    <div data-testid="assignment-period">
                      <Space wrap size={4}>
                        <strong>{a.officer.name}</strong>
                        {a.officer.unit ? <Typography.Text type="secondary">{a.officer.unit}</Typography.Text> : null}
                        {!a.endOn ? <Tag color="blue">{pt('officers.current')}</Tag> : null}
                      </Space>
                      <div>
                        <Typography.Text type="secondary">{period(a.startOn, a.endOn)}</Typography.Text>
                      </div>
                      {a.predecessor ? <div className="timeline-meta">{pt('detail.predecessor', { name: a.predecessor.officer.name })}</div> : null}
                      {a.note ? (
                        <div className="timeline-reason">
                          {pt('field.note')}：{a.note}
                        </div>
                      ) : null}
                      {a.endReason ? (
                        <div className="timeline-meta">
                          {pt('field.endReason')}：{a.endReason}
                        </div>
                      ) : null}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {dialog === 'set' ? <SetCoverageDialog organization={who} current={form} officerName={live?.officer.name} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog === 'assign' ? <AssignDialog organization={who} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog === 'handOver' && live ? <HandOverDialog organization={who} assignment={live} onClose={() => setDialog(null)} onDone={done} /> : null}
      {dialog === 'end' && live ? <EndAssignmentDialog organization={who} assignmentID={live.id} onClose={() => setDialog(null)} onDone={done} /> : null}
    </div>
  );
}
