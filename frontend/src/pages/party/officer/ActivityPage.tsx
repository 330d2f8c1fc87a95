import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import { useMe } from '../../../auth/AuthProvider';
import type { PartyWorkActivityQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { hours } from '../shared/model';
import { ActivityTypeTag } from '../shared/tags';
import { PartyWorkActivityDocument } from './api';
import { AddVolunteersDialog } from './AddVolunteersDialog';
import { splitMinutes } from './model';
import { PhotoUploader } from './photos';
import { usePW } from './texts';

type Activity = Extract<NonNullable<PartyWorkActivityQuery['node']>, { __typename: 'PartyActivity' }>;
type Entry = Activity['volunteerEntries'][number];

/**
 * One activity: what, when, where, the organisations involved, its photos
 * and its volunteers with their points. The committee and the officer who
 * recorded it add photos and volunteers; the organisations involved read.
 */
export default function ActivityPage() {
  const { id = '' } = useParams();
  const { pw, t, lang } = usePW();
  const { user, caps } = useMe();
  const context = useMemo(() => ({ additionalTypenames: ['VolunteerPointEntry', 'Document'] }), []);
  const [res, refetch] = useQuery({ query: PartyWorkActivityDocument, variables: { id }, context });
  const [adding, setAdding] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={reload} />;
  const a = res.data?.node?.__typename === 'PartyActivity' ? (res.data.node as Activity) : null;
  if (!a) return <ErrorState error={{ code: 'NOT_FOUND', message: '', extensions: {} }} title={pw('activity.notFound')} />;

  // The committee, or the officer who recorded it (the server checks again).
  const mayRecord = caps.has('party.manage') || (!!a.officer && a.officer.userID === user.id);
  const back = caps.has('party.assigned') ? '/party/officer' : caps.has('party.own') ? '/party/my' : '/party';
  const time = splitMinutes(a.volunteerMinutes);

  return (
    <div className="page" data-testid="activity-page" data-activity={a.id}>
      <div className="page-header">
        <Space direction="vertical" size={4}>
          <Link to={back}>
            <ArrowLeftOutlined /> {caps.has('party.assigned') ? pw('common.backToWork') : caps.has('party.own') ? pw('my.title') : t('nav.partyDashboard')}
          </Link>
          <Typography.Title level={1} className="page-title" data-testid="activity-title-text">
            {a.title}
          </Typography.Title>
        </Space>
      </div>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small" bordered>
            <Descriptions.Item label={<PTLabel k="type" />}>
              <ActivityTypeTag type={a.type} />
            </Descriptions.Item>
            <Descriptions.Item label={<PTLabel k="heldOn" />}>{formatDate(a.heldOn, lang)}</Descriptions.Item>
            <Descriptions.Item label={<PTLabel k="place" />}>{a.place || pw('common.none')}</Descriptions.Item>
            <Descriptions.Item label={<PTLabel k="participants" />}>{pw('common.people', { count: a.participants })}</Descriptions.Item>
            <Descriptions.Item label={pw('activity.volunteerTime')}>
              <span data-testid="activity-volunteer-time">
                {time.minutes > 0 ? pw('common.durationValue', { hours: time.hours, minutes: time.minutes }) : pw('common.hoursValue', { hours: time.hours })}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={pw('activity.recordedBy')}>{a.officer?.name ?? pw('common.none')}</Descriptions.Item>
            <Descriptions.Item label={pw('activity.orgs')} span="filled">
              <Space wrap size={[4, 4]} data-testid="activity-orgs-list">
                {(a.involvements ?? []).map((i) => (
                  <Tag key={i.id} data-testid="activity-org">
                    {i.organization.name}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            {a.description ? (
              <Descriptions.Item label={<PTLabel k="description" />} span="filled">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{a.description}</Typography.Paragraph>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <Card title={pw('activity.photos')} extra={mayRecord ? <Typography.Text type="secondary">{pw('activity.photosHint')}</Typography.Text> : null}>
          <PhotoUploader ownerKind="party_activity" ownerID={a.id} photos={a.photos} canUpload={mayRecord} onUploaded={reload} />
        </Card>
        <Card
          title={pw('activity.volunteers')}
          extra={
            mayRecord ? (
              <Button icon={<UsergroupAddOutlined />} onClick={() => setAdding(true)} data-testid="add-volunteers">
                {pw('activity.addVolunteers')}
              </Button>
            ) : null
          }
        >
          <VolunteerTable entries={a.volunteerEntries} />
        </Card>
      </Space>
      {adding ? (
        <AddVolunteersDialog
          activityID={a.id}
          title={a.title}
          recorded={a.volunteerEntries.map((e) => e.volunteer.id)}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            reload();
          }}
        />
      ) : null}
    </div>
  );
}

function PTLabel({ k }: { k: 'type' | 'heldOn' | 'place' | 'participants' | 'description' }) {
  const { pt } = usePW();
  return <>{pt(`field.${k}`)}</>;
}

function VolunteerTable({ entries }: { entries: readonly Entry[] }) {
  const { pw, pt } = usePW();
  return (
    <Table<Entry>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={entries as Entry[]}
      locale={{ emptyText: pw('activity.volunteersEmpty') }}
      onRow={(e) => ({ 'data-testid': 'volunteer-entry', 'data-name': e.volunteer.name }) as React.HTMLAttributes<HTMLElement>}
      data-testid="activity-volunteers"
      columns={[
        { title: pt('field.volunteer'), key: 'name', render: (_, e) => e.volunteer.name },
        { title: pt('field.partyOrganization'), key: 'party', render: (_, e) => e.volunteer.partyOrganization.name, responsive: ['md'] },
        { title: pt('field.hours'), key: 'hours', align: 'right', render: (_, e) => hours(e.minutes) },
        {
          title: pt('field.points'),
          key: 'points',
          align: 'right',
          render: (_, e) => (
            <span data-testid="volunteer-points">
              {e.kind === 'CORRECTION' ? <Tag color="orange">{pt('pointEntryKind.CORRECTION')}</Tag> : null}
              {e.points}
            </span>
          ),
        },
      ]}
    />
  );
}
