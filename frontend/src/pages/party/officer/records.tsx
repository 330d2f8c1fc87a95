import { Link } from 'react-router-dom';
import { List, Space, Tag, Typography } from 'antd';
import type { PartyWorkActivityFieldsFragment, PartyWorkVisitFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { ActivityTypeTag } from '../shared/tags';
import { hours } from '../shared/model';
import { PhotoGallery } from './photos';
import { usePW } from './texts';

/**
 * Visits as a list: day, organisation (or, for the NGO's own page, the
 * officer), topics, findings, follow-ups and photos.
 */
export function VisitList({ visits, forOrganization, empty }: { visits: readonly PartyWorkVisitFieldsFragment[]; forOrganization?: boolean; empty: string }) {
  const { pw, pt, lang } = usePW();
  return (
    <List
      itemLayout="vertical"
      dataSource={visits as PartyWorkVisitFieldsFragment[]}
      locale={{ emptyText: empty }}
      renderItem={(v) => (
        <List.Item key={v.id} data-testid="visit-item" data-visit={v.id} data-org={v.organization.name}>
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap size={8}>
              <Typography.Text strong>{formatDate(v.visitedOn, lang)}</Typography.Text>
              {forOrganization ? (
                <Typography.Text data-testid="visit-officer">{pw('my.visitBy', { name: v.officer.name })}</Typography.Text>
              ) : (
                <Typography.Text>{v.organization.name}</Typography.Text>
              )}
            </Space>
            <Typography.Text>
              <Typography.Text type="secondary">{pt('field.topics')}：</Typography.Text>
              <span data-testid="visit-topics-text">{v.topics}</span>
            </Typography.Text>
            {v.findings ? <Typography.Text type="secondary">{pw('my.findings', { text: v.findings })}</Typography.Text> : null}
            {(v.followUps ?? []).length > 0 ? (
              <div>
                <Typography.Text type="secondary">{pw('my.followUpsOpen')}：</Typography.Text>
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {(v.followUps ?? []).map((f) => (
                    <li key={f.id} data-testid="visit-follow-up" data-done={f.doneOn ? 'true' : 'false'}>
                      {f.action}{' '}
                      <Typography.Text type={f.doneOn ? 'success' : 'secondary'}>
                        （{f.doneOn ? pw('my.doneOn', { date: formatDate(f.doneOn, lang) }) : pw('my.dueOn', { date: formatDate(f.dueOn, lang) })}）
                      </Typography.Text>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <PhotoGallery photos={v.photos} testId="visit-photos" />
          </Space>
        </List.Item>
      )}
    />
  );
}

/** Activities as a list: day, type, title (opening the activity), place, organisations, people, hours and photos. */
export function ActivityList({ activities, empty }: { activities: readonly PartyWorkActivityFieldsFragment[]; empty: string }) {
  const { pw, lang } = usePW();
  return (
    <List
      itemLayout="vertical"
      dataSource={activities as PartyWorkActivityFieldsFragment[]}
      locale={{ emptyText: empty }}
      renderItem={(a) => (
        <List.Item key={a.id} data-testid="activity-item" data-activity={a.id}>
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap size={8}>
              <Typography.Text strong>{formatDate(a.heldOn, lang)}</Typography.Text>
              <ActivityTypeTag type={a.type} />
              <Link to={`/party/activities/${a.id}`} data-testid="activity-link">
                {a.title}
              </Link>
            </Space>
            <Space wrap size={[8, 4]}>
              {a.place ? <Typography.Text type="secondary">{a.place}</Typography.Text> : null}
              <Typography.Text type="secondary">{pw('common.people', { count: a.participants })}</Typography.Text>
              {a.volunteerMinutes > 0 ? <Typography.Text type="secondary">{pw('common.hoursValue', { hours: hours(a.volunteerMinutes) })}</Typography.Text> : null}
            </Space>
            <Space wrap size={[4, 4]}>
              {(a.involvements ?? []).map((i) => (
                <Tag key={i.id}>{i.organization.name}</Tag>
              ))}
            </Space>
            <PhotoGallery photos={a.photos} testId="activity-photos" />
          </Space>
        </List.Item>
      )}
    />
  );
}
