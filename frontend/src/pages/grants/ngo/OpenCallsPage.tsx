import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Input, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { useMe } from '../../../auth/AuthProvider';
import { EmptyState, ErrorState, Loading, useErrorText } from '../../../components/States';
import { currentLanguage } from '../../../i18n';
import { firstApiError } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import type { GrantEligibilityQuery, NgoGrantCallsQuery } from '../../../gql/graphql';
import { GrantEligibilityDocument, MyProposalsDocument, NgoGrantCallsDocument, StartProposalDocument } from '../shared/api';
import { Money } from '../shared/Money';
import { AwardStatusTag, CallPhaseTag, ProposalStatusTag } from '../shared/tags';
import { useRun } from '../shared/run';

type Call = NonNullable<NonNullable<NgoGrantCallsQuery['grantCalls']['edges']>[number]>['node'] & {};
type Eligibility = GrantEligibilityQuery['grantEligibility'];

/**
 * An NGO member's venture grants: the county's published calls, an
 * eligibility check that lists every reason at once before anything is
 * written, starting a proposal (which opens its case, where the form is
 * filled in and submitted), and the organisation's proposals.
 */
export default function OpenCallsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const orgs = (user.memberships ?? []).map((m) => m.organization);
  const [orgID, setOrgID] = useState<string | undefined>(orgs[0]?.id);
  const [res, reexecute] = useQuery({ query: NgoGrantCallsDocument });
  if (res.fetching && !res.data) return <Loading />;
  if (res.error && !res.data) return <ErrorState error={res.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const calls = (res.data?.grantCalls.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <div className="page" data-testid="grant-calls-page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('grants.calls.title')}
        </Typography.Title>
        <Link to="/public/grants">{t('grants.calls.publicLink')}</Link>
      </div>
      <Typography.Paragraph type="secondary">{t('grants.calls.intro')}</Typography.Paragraph>
      {orgs.length === 0 ? (
        <Alert type="warning" showIcon message={t('grants.calls.noOrganization')} style={{ marginBottom: 16 }} />
      ) : orgs.length > 1 ? (
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label={t('grants.calls.organization')}>
            <Select
              value={orgID}
              onChange={setOrgID}
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
              style={{ minWidth: 280 }}
              data-testid="grant-org"
            />
          </Form.Item>
        </Form>
      ) : null}
      <Card title={t('grants.calls.open')} data-testid="open-calls">
        {calls.length === 0 ? (
          <EmptyState title={t('grants.calls.empty')} />
        ) : (
          <List dataSource={calls} renderItem={(c) => <CallItem key={`${c.id}:${orgID ?? ''}`} call={c} organizationID={orgID} />} />
        )}
      </Card>
      <MyProposals />
    </div>
  );
}

function CallItem({ call, organizationID }: { call: Call; organizationID?: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const client = useClient();
  const errorText = useErrorText();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<Eligibility | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const check = async () => {
    if (!organizationID) return;
    setChecking(true);
    setCheckError(null);
    const r = await client
      .query(GrantEligibilityDocument, { callID: call.id, organizationID }, { requestPolicy: 'network-only' })
      .toPromise();
    setChecking(false);
    if (r.error) {
      setResult(null);
      setCheckError(errorText(firstApiError(r.error)));
      return;
    }
    setResult(r.data?.grantEligibility ?? null);
  };
  return (
    <List.Item data-testid="grant-call" data-call={call.id} data-phase={call.phase}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {call.title}
          </Typography.Text>
          <Tag>{t('grants.calls.year', { year: call.year })}</Tag>
          <CallPhaseTag phase={call.phase} />
          {call.announcing ? <Tag color="gold">{t('grants.calls.announcing')}</Tag> : null}
        </Space>
        {call.description ? <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{call.description}</Typography.Paragraph> : null}
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
        {organizationID ? (
          <Space wrap>
            <Button icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void check()} data-testid="check-eligibility">
              {t('grants.calls.check')}
            </Button>
            {result?.eligible ? (
              <Button type="primary" onClick={() => setStarting(true)} data-testid="start-proposal">
                {t('grants.calls.start')}
              </Button>
            ) : null}
          </Space>
        ) : null}
        {checkError ? <Alert type="error" showIcon message={checkError} /> : null}
        {result ? <EligibilityResult result={result} /> : null}
      </Space>
      {starting && organizationID ? <StartDialog call={call} organizationID={organizationID} onClose={() => setStarting(false)} /> : null}
    </List.Item>
  );
}

/** Eligible, or every reason not, each with its code. */
export function EligibilityResult({ result }: { result: Eligibility }) {
  const { t } = useTranslation();
  if (result.eligible) {
    return <Alert type="success" showIcon icon={<CheckCircleOutlined />} message={t('grants.calls.eligible')} data-testid="eligibility-ok" />;
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="eligibility-problems"
      message={t('grants.calls.notEligible', { count: result.problems.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {result.problems.map((p) => (
            <li key={p.code} data-code={p.code}>
              <Typography.Text code>{p.code}</Typography.Text> {p.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function StartDialog({ call, organizationID, onClose }: { call: Call; organizationID: string; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useRun();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ title: string }>();
  const [{ fetching }, start] = useMutation(StartProposalDocument);
  return (
    <Modal
      open
      title={t('grants.calls.startTitle', { call: call.title })}
      okText={t('grants.calls.start')}
      confirmLoading={fetching}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const d = await run(start({ callID: call.id, organizationID, title: v.title.trim() }), t('grants.calls.started'));
          if (d) navigate(`/cases/${d.startProposal.case.id}`);
        }}
      >
        <Form.Item
          name="title"
          label={t('grants.calls.projectTitle')}
          extra={t('grants.calls.projectTitleHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('grants.calls.projectTitle') }) }]}
        >
          <Input maxLength={200} autoFocus data-testid="proposal-title" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MyProposals() {
  const { t } = useTranslation();
  const [res] = useQuery({ query: MyProposalsDocument });
  const rows = (res.data?.proposals.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <Card title={t('grants.mine.title')} style={{ marginTop: 16 }} data-testid="my-proposals">
      {res.error && !res.data ? (
        <ErrorState error={res.error} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={res.fetching && !res.data}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState title={t('grants.mine.empty')} /> }}
          columns={[
            {
              title: t('grants.mine.project'),
              dataIndex: 'title',
              render: (v: string, p) => (
                <Link to={`/cases/${p.caseID}`} data-testid="proposal-link">
                  {v}
                </Link>
              ),
            },
            { title: t('grants.mine.call'), render: (_, p) => p.call.title },
            { title: t('grants.mine.status'), dataIndex: 'status', render: (_, p) => <ProposalStatusTag status={p.status} /> },
            { title: t('grants.mine.requested'), dataIndex: 'requested', align: 'right', render: (v: string) => <Money value={v} /> },
            {
              title: t('grants.mine.award'),
              align: 'right',
              render: (_, p) =>
                p.award ? (
                  <Space>
                    <Money value={p.award.amount} strong />
                    <AwardStatusTag status={p.award.status} />
                  </Space>
                ) : (
                  t('common.none')
                ),
            },
            { title: t('grants.mine.caseNumber'), dataIndex: 'caseNumber', render: (v: string | null) => <span className="mono">{v ?? t('common.none')}</span> },
          ]}
        />
      )}
    </Card>
  );
}
