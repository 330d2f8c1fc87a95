import { Link } from 'react-router-dom';
import { Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { formatDate } from '../../../lib/format';
import { hours } from '../shared/model';
import { usePW } from '../officer/texts';
import { PartyWorkMyPointsDocument } from './api';

/**
 * A party-member volunteer's own points of this year: points, hours, rank
 * in the county and the ledger's lines. Nothing at all for a viewer who is
 * no volunteer (myVolunteerRecord is null).
 */
export function MyPointsCard() {
  const { pw, pt, lang } = usePW();
  const [res] = useQuery({ query: PartyWorkMyPointsDocument, variables: {} });
  const r = res.data?.myVolunteerRecord;
  if (!r) return null;
  return (
    <Card
      title={
        <span>
          <TrophyOutlined style={{ color: '#d4b106', marginRight: 8 }} aria-hidden />
          {pw('points.title')}
        </span>
      }
      extra={<Typography.Text type="secondary">{pw('points.year', { year: r.year })}</Typography.Text>}
      data-testid="my-points"
    >
      <Typography.Paragraph type="secondary">
        {r.volunteer.name} · {pw('points.party', { name: r.volunteer.partyOrganization.name })}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={8}>
          <Statistic title={pw('points.points')} value={r.points} valueRender={(n) => <span data-testid="my-points-total">{n}</span>} />
        </Col>
        <Col xs={8}>
          <Statistic title={pw('points.hours')} value={hours(r.minutes)} />
        </Col>
        <Col xs={8}>
          <Statistic
            title={pw('points.rank')}
            value={r.rank ? pw('points.rankValue', { rank: r.rank }) : pw('points.noRank')}
            valueRender={(n) => <span data-testid="my-points-rank">{n}</span>}
          />
        </Col>
      </Row>
      <List
        size="small"
        style={{ marginTop: 12 }}
        header={<Typography.Text strong>{pw('points.entries')}</Typography.Text>}
        locale={{ emptyText: pw('points.entriesEmpty') }}
        dataSource={r.entries.slice(0, 20)}
        renderItem={(e) => (
          <List.Item data-testid="my-points-entry" extra={<Typography.Text strong>{e.points > 0 ? `+${e.points}` : e.points}</Typography.Text>}>
            <span>
              <Tag color={e.kind === 'CORRECTION' ? 'orange' : 'green'}>{pt(`pointEntryKind.${e.kind}`)}</Tag>
              {e.activity ? (
                <Link to={`/party/activities/${e.activity.id}`}>
                  {formatDate(e.activity.heldOn, lang)} {e.activity.title}
                </Link>
              ) : (
                e.reason
              )}
              {e.minutes > 0 ? <Typography.Text type="secondary"> · {pw('common.hoursValue', { hours: hours(e.minutes) })}</Typography.Text> : null}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
