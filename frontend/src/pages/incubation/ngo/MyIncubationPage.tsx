import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { AnswerOfferDocument, MyAdmissionCasesDocument, MyOffersDocument, ProgrammeItemsDocument, TenanciesDocument, WaitlistDocument } from '../api';
import { CaseStateTag } from '../../casework/CaseStateTag';
import { useRun } from '../shared';
import { useCentres } from '../useCentre';

/**
 * An NGO member's incubation: space offers to accept or decline (the
 * deadline counts), the organisation's place on the waitlist, and its
 * tenancies — each opening the plan, scorecard and graduation check.
 */
export default function MyIncubationPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const run = useRun();
  const [offersRes, refetchOffers] = useQuery({ query: MyOffersDocument });
  const [tenRes, refetchTen] = useQuery({ query: TenanciesDocument, variables: { first: 20, where: {} } });
  const { centres } = useCentres();
  const centre = centres[0];
  const [wlRes, refetchWl] = useQuery({ query: WaitlistDocument, variables: { centreID: centre?.id ?? '', first: 20 }, pause: !centre });
  const [, answer] = useMutation(AnswerOfferDocument);
  const [declining, setDeclining] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const refresh = () => {
    for (const r of [refetchOffers, refetchTen, refetchWl]) r({ requestPolicy: 'network-only' });
  };
  if (offersRes.fetching && !offersRes.data) return <Loading />;
  if (offersRes.error && !offersRes.data) return <ErrorState error={offersRes.error} onRetry={refresh} />;
  const offers = (offersRes.data?.spaceOffers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const tenancies = (tenRes.data?.tenancies.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const entries = (wlRes.data?.waitlist.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <div className="page" data-testid="my-incubation">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('incubation.my.title')}
        </Typography.Title>
      </div>
      <MyApplications />
      <Card title={t('incubation.my.offers')} style={{ marginTop: 16 }} data-testid="my-offers">
        {offers.length === 0 ? (
          <EmptyState title={t('incubation.my.noOffers')} />
        ) : (
          <List
            dataSource={offers}
            renderItem={(o) => (
              <List.Item
                data-testid="offer"
                actions={[
                  <Button
                    key="accept"
                    type="primary"
                    data-testid="accept-offer"
                    onClick={async () => {
                      if (await run(answer({ id: o.id, accept: true }), t('incubation.my.accepted'))) refresh();
                    }}
                  >
                    {t('incubation.my.accept')}
                  </Button>,
                  <Button key="decline" data-testid="decline-offer" onClick={() => setDeclining(o.id)}>
                    {t('incubation.my.decline')}
                  </Button>,
                ]}
              >
                <Space direction="vertical">
                  <Typography.Text strong>{o.entry.organization.name}</Typography.Text>
                  <span>
                    {t('incubation.my.offerLine', {
                      centre: o.space.centre.name,
                      space: o.space.code,
                      seats: o.seats,
                      date: formatDate(o.respondBy, lang),
                    })}
                  </span>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card title={t('incubation.my.waitlist')} style={{ marginTop: 16 }} data-testid="my-waitlist">
        {entries.length === 0 ? (
          <EmptyState title={t('incubation.my.noWaitlist')} />
        ) : (
          <List
            dataSource={entries}
            renderItem={(e) => (
              <List.Item>
                <Space>
                  <span>{e.organization.name}</span>
                  <Tag color="blue">{e.position ? t('incubation.my.position', { n: e.position }) : t(`incubation.entryStatus.${e.status}`)}</Tag>
                  <Typography.Text type="secondary">{e.priorityReason}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card title={t('incubation.my.tenancy')} style={{ marginTop: 16 }} data-testid="my-tenancies">
        {tenRes.error && !tenRes.data ? <ErrorState error={tenRes.error} /> : null}
        {tenancies.length === 0 ? (
          <EmptyState title={t('incubation.my.noTenancy')} />
        ) : (
          <List
            dataSource={tenancies}
            renderItem={(tn) => (
              <List.Item data-testid="my-tenancy">
                <Space wrap>
                  <Link to={`/incubation/tenancies/${tn.id}`}>{tn.organization.name}</Link>
                  <Tag>{t(`incubation.tenancyStatus.${tn.status}`)}</Tag>
                  <span>
                    {t('incubation.my.space')}: {tn.virtual ? t('incubation.tenants.virtual') : tn.seats.map((s) => `${s.space.code} ×${s.seats}`).join('、') || '—'}
                  </span>
                  <span>{t('incubation.tenants.endsOn')}: {formatDate(tn.endsOn, lang)}</span>
                  <span>{t('incubation.tenants.score')}: {tn.latestAssessment?.total ?? '—'}</span>
                  {tn.status === 'ACTIVE' && tn.graduationCheck.ready ? <Tag color="green">{t('incubation.tenants.ready')}</Tag> : null}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      {declining ? (
        <Modal
          open
          title={t('incubation.my.decline')}
          onCancel={() => setDeclining(null)}
          onOk={async () => {
            if (await run(answer({ id: declining, accept: false, note }))) {
              setDeclining(null);
              setNote('');
              refresh();
            }
          }}
        >
          <Input.TextArea rows={3} placeholder={t('incubation.my.declineNote')} value={note} onChange={(e) => setNote(e.target.value)} />
        </Modal>
      ) : null}
    </div>
  );
}

/**
 * The organisation's applications to the incubator and where each stands,
 * so "what happened to our application" is answered here, not only under
 * "my cases".
 */
function MyApplications() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [itemsRes] = useQuery({ query: ProgrammeItemsDocument });
  const items = (itemsRes.data?.serviceItems.edges ?? []).flatMap((e) => (e?.node && e.node.programme === 'incubation' ? [e.node.id] : []));
  const [res] = useQuery({ query: MyAdmissionCasesDocument, variables: { items }, pause: items.length === 0, requestPolicy: 'cache-and-network' });
  const cases = (res.data?.cases.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <Card title={t('incubation.my.applications')} data-testid="my-applications">
      {res.error && !res.data ? <ErrorState error={res.error} /> : null}
      {cases.length === 0 ? (
        <EmptyState title={t('incubation.my.noApplications')} />
      ) : (
        <List
          dataSource={cases}
          renderItem={(c) => (
            <List.Item data-testid="my-application">
              <Space wrap>
                <Link to={`/cases/${c.id}`}>{c.number ?? c.title}</Link>
                <span>{c.title}</span>
                <CaseStateTag state={c.state} />
                <span>{formatDate(c.updatedAt, lang)}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
