import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { formatYuan, sumYuan } from '../../../lib/money';
import type { PublicGrantCallsQuery } from '../../../gql/graphql';
import { PublicGrantCallsDocument } from '../shared/api';
import { Money } from '../shared/Money';
import { AwardStatusTag, CallPhaseTag } from '../shared/tags';

type PublicCall = PublicGrantCallsQuery['publicGrantCalls'][number];

/**
 * The public page of venture grants, for anyone without logging in: the
 * county's open calls and, from their announcement on, the awards
 * (organisation, project, category, amount; provisional while announced).
 * `?domain=<id>` names the county; without it the server picks.
 */
export default function PublicGrantsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const domainID = params.get('domain') || undefined;
  const [res, reexecute] = useQuery({ query: PublicGrantCallsDocument, variables: { domainID } });
  const calls = res.data?.publicGrantCalls ?? [];
  return (
    <main className="public-page" data-testid="public-grants" style={{ maxWidth: 1100, margin: '0 auto', padding: '24px 16px' }}>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Title level={1} className="page-title">
            {t('grants.public.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('grants.public.subtitle')}</Typography.Text>
        </Space>
        <Space>
          <LanguageSwitch />
          <Link to="/login">{t('grants.public.login')}</Link>
        </Space>
      </div>
      {res.fetching && !res.data ? (
        <Loading />
      ) : res.error && !res.data ? (
        <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : calls.length === 0 ? (
        <EmptyState title={t('grants.public.empty')} />
      ) : (
        calls.map((c) => <PublicCallCard key={c.id} call={c} />)
      )}
    </main>
  );
}

function PublicCallCard({ call }: { call: PublicCall }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const announced = call.announcedOn !== null || call.awards.length > 0;
  const live = call.awards.filter((a) => a.status !== 'CANCELLED');
  return (
    <Card
      style={{ marginTop: 16 }}
      data-testid="public-call"
      data-phase={call.phase}
      title={
        <Space wrap>
          {call.title}
          <Tag>{t('grants.calls.year', { year: call.year })}</Tag>
          <CallPhaseTag phase={call.phase} />
        </Space>
      }
    >
      {call.description ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{call.description}</Typography.Paragraph> : null}
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('grants.calls.period')}>
          {formatDate(call.opensAt, lang)} – {formatDate(call.closesAt, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.calls.amount')}>
          <Money value={call.minAmount} /> – <Money value={call.maxAmount} />
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.calls.budget')}>
          <Money value={call.budget} />
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.calls.categories')}>
          <Space size={[4, 4]} wrap>
            {call.categories.map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {announced ? (
        <>
          <Typography.Title level={4} style={{ marginTop: 8 }}>
            {t('grants.public.awards')}
          </Typography.Title>
          {call.announcedOn ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={
                call.announcementEndsOn
                  ? t('grants.public.announcement', { from: formatDate(call.announcedOn, lang), to: formatDate(call.announcementEndsOn, lang) })
                  : t('grants.public.announcedOn', { from: formatDate(call.announcedOn, lang) })
              }
              description={call.awards.some((a) => a.status === 'PROVISIONAL') ? t('grants.public.objection') : undefined}
            />
          ) : null}
          <Table
            size="small"
            data-testid="public-awards"
            rowKey={(a) => `${a.organizationName}:${a.projectTitle}`}
            dataSource={call.awards}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('grants.public.noAwards') }}
            columns={[
              { title: t('grants.public.organization'), dataIndex: 'organizationName' },
              { title: t('grants.public.project'), dataIndex: 'projectTitle' },
              { title: t('grants.public.category'), dataIndex: 'category' },
              { title: t('grants.public.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Money value={v} /> },
              { title: t('grants.public.status'), dataIndex: 'status', render: (_, a) => <AwardStatusTag status={a.status} /> },
            ]}
            summary={() =>
              live.length > 0 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={5}>
                    <Typography.Text strong data-testid="public-awards-total">
                      {t('grants.public.total', { count: live.length, amount: formatYuan(sumYuan(live.map((a) => a.amount))) })}
                    </Typography.Text>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </>
      ) : null}
    </Card>
  );
}
