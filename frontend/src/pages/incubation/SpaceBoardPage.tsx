import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';
import { CentresDocument } from './api';
import { STATUS_COLOURS, StatusTag, tileLook, type SpaceStatus } from './shared';

/**
 * The space board: every space of the centre as a tile — occupant(s),
 * seats used/total and term end, coloured by status — with the centre's
 * occupancy on top. Staff read it every day; the waitlist's offers show
 * on the tile whose seats they hold.
 */
export default function SpaceBoardPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [res, reexecute] = useQuery({ query: CentresDocument });
  const centres = (res.data?.incubationCentres.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const [picked, setPicked] = useState<string | null>(null);
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (centres.length === 0)
    return (
      <div className="page">
        <EmptyState title={t('incubation.board.empty')} hint={t('incubation.board.emptyHint')} />
      </div>
    );
  const centre = centres.find((c) => c.id === picked) ?? centres[0];
  const o = centre.occupancy;
  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('incubation.board.title')}
        </Typography.Title>
        {centres.length > 1 ? (
          <Select
            value={centre.id}
            onChange={setPicked}
            options={centres.map((c) => ({ value: c.id, label: c.name }))}
            aria-label={t('incubation.board.centre')}
            style={{ minWidth: 240 }}
          />
        ) : (
          <Typography.Text strong>{centre.name}</Typography.Text>
        )}
      </div>
      <Card data-testid="occupancy">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic title={t('incubation.occupancy.area', { used: o.areaUsed, total: o.areaAvailable })} value={pct(o.areaUsed, o.areaAvailable)} suffix="%" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('incubation.occupancy.seats', { used: o.seatsUsed, total: o.seatsTotal })} value={pct(o.seatsUsed, o.seatsTotal)} suffix="%" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('incubation.occupancy.tenants', { n: o.activeTenancies + o.virtualTenancies, v: o.virtualTenancies })} value={o.activeTenancies + o.virtualTenancies} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('incubation.occupancy.waiting', { n: o.waiting }) + ' · ' + t('incubation.occupancy.offers', { n: o.openOffers })} value={o.waiting} />
          </Col>
        </Row>
      </Card>
      <Space style={{ margin: '12px 0' }} wrap aria-label={t('incubation.board.legend')}>
        {(Object.keys(STATUS_COLOURS) as SpaceStatus[]).map((s) => (
          <StatusTag key={s} status={s} />
        ))}
      </Space>
      <Row gutter={[12, 12]} data-testid="space-board">
        {(centre.spaces ?? []).map((sp) => {
          const look = tileLook(sp);
          return (
            <Col key={sp.id} xs={24} sm={12} md={8} lg={6}>
              <Card
                size="small"
                data-testid="space-tile"
                data-code={sp.code}
                data-status={sp.status}
                className={`space-tile space-tile--${sp.status.toLowerCase()}`}
                style={{ borderTop: `4px solid var(--tile-${look.colour}, ${tileColour(look.colour)})` }}
                title={
                  <Space>
                    <span>{sp.code}</span>
                    <Typography.Text type="secondary">{t(`incubation.kind.${sp.kind}`)}</Typography.Text>
                  </Space>
                }
                extra={<StatusTag status={sp.status} />}
              >
                <div>
                  {t('incubation.board.seats', { used: sp.seats - sp.seatsFree, total: sp.seats })} · {sp.area} ㎡
                  {look.free ? <Tag color="green" style={{ marginLeft: 8 }}>{t('incubation.board.free', { n: sp.seatsFree })}</Tag> : null}
                </div>
                {sp.occupants.map((oc) => (
                  <div key={oc.tenancy.id} data-testid="occupant">
                    <Link to={`/incubation/tenancies/${oc.tenancy.id}`}>{oc.tenancy.organization.name}</Link>
                    <Typography.Text type="secondary">
                      {' '}
                      ×{oc.seats} · {t('incubation.board.termEnds', { date: formatDate(oc.tenancy.endsOn, lang) })}
                    </Typography.Text>
                  </div>
                ))}
                {sp.openOffers.map((of) => (
                  <div key={of.id} data-testid="tile-offer">
                    <Tag color="gold" style={{ whiteSpace: 'normal' }}>{t('incubation.board.offer', { org: of.entry.organization.name, date: formatDate(of.respondBy, lang) })}</Tag>
                  </div>
                ))}
              </Card>
            </Col>
          );
        })}
      </Row>
    </div>
  );
}

function pct(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a * 100) / b);
}

function tileColour(c: string): string {
  return c === 'green' ? '#52c41a' : c === 'blue' ? '#1677ff' : '#bfbfbf';
}
