import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Collapse, DatePicker, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { currentLanguage } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { sumYuan } from '../../../lib/money';
import { useErrorText } from '../../../components/States';
import { firstApiError } from '../../../lib/errors';
import type { CaseProposalQuery } from '../../../gql/graphql';
import { type ApplicationProblem, problemText } from '../../casework/detail/applicationProblems';
import { CaseProposalDocument, OrganizationDocumentsDocument, ProposalCaseDocument, SaveProposalApplicationDocument } from '../shared/api';
import { Money } from '../shared/Money';
import { AwardStatusTag, CallPhaseTag, ProposalStatusTag } from '../shared/tags';
import { AmountInput, BudgetFields, useAmountRule } from './BudgetFields';
import { type ProposalApplication, fromApplication, problemFieldErrors, toApplication } from './proposalForm';

type ProposalNode = NonNullable<NonNullable<NonNullable<CaseProposalQuery['proposals']['edges']>[number]>['node']>;
type Call = ProposalNode['call'];
type Question = Call['questions'][number];
type AwardNode = NonNullable<ProposalNode['award']>;

/** The programme key of venture-grant cases. */
export const PROGRAMME = 'venture_grant';

/**
 * The venture-grant part of a proposal's case: the call it answers, the
 * proposal form (saved while the case is a draft or returned, read-only
 * after) and its award once decided. Renders nothing for cases of other
 * programmes.
 */
export default function ProposalPanel({ caseID, problems = [] }: { caseID: string; problems?: ApplicationProblem[] }) {
  const { t } = useTranslation();
  const [caseRes] = useQuery({ query: ProposalCaseDocument, variables: { id: caseID } });
  const c = caseRes.data?.node?.__typename === 'Case' ? caseRes.data.node : null;
  const isGrant = c?.programme === PROGRAMME;
  // The proposal's status follows its case (submitting sets it): refetch when a change returns the case.
  const context = useMemo(() => ({ additionalTypenames: ['Case'] }), []);
  const [res] = useQuery({ query: CaseProposalDocument, variables: { caseID }, pause: !isGrant, context });
  if (!c || !isGrant) return null;
  const proposal = res.data?.proposals.edges?.[0]?.node ?? null;
  if (!proposal) {
    if (res.fetching || !res.data) return null;
    return <Alert type="warning" showIcon message={t('grants.proposal.notFound')} data-testid="proposal-not-found" style={{ marginBottom: 16 }} />;
  }
  const editable = c.allowedActions.includes('SAVE_APPLICATION');
  const application = fromApplication(c.application);
  if (!application.title) application.title = proposal.title;
  return (
    <>
      {proposal.award ? <AwardCard award={proposal.award} /> : null}
      <Card
        title={t('grants.proposal.card')}
        data-testid="proposal-panel"
        data-status={proposal.status}
        extra={<ProposalStatusTag status={proposal.status} />}
        style={{ marginBottom: 16 }}
      >
        <CallSummary call={proposal.call} />
        {editable ? (
          <ProposalForm key={caseID} caseID={caseID} organizationID={c.organizationID} call={proposal.call} application={application} problems={problems} />
        ) : (
          <>
            <Alert type="info" showIcon message={t('grants.proposal.readOnly')} style={{ marginBottom: 12 }} />
            <ProposalView call={proposal.call} organizationID={c.organizationID} application={application} />
          </>
        )}
      </Card>
    </>
  );
}

function CallSummary({ call }: { call: Call }) {
  const { t } = useTranslation();
  const en = currentLanguage() === 'en';
  return (
    <>
      <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('grants.proposal.call')}>
          <Space wrap>
            {call.title}
            <CallPhaseTag phase={call.phase} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.calls.amount')}>
          <span data-testid="call-range">
            <Money value={call.minAmount} /> – <Money value={call.maxAmount} />
          </span>
        </Descriptions.Item>
      </Descriptions>
      {call.rubric.length > 0 ? (
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'rubric',
              label: t('grants.proposal.rubric'),
              children: (
                <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="call-rubric">
                  {call.rubric.map((r) => (
                    <li key={r.key}>
                      <Typography.Text strong>{t('grants.proposal.rubricLine', { name: en && r.nameEn ? r.nameEn : r.name, weight: r.weight })}</Typography.Text>
                      {r.guidance ? <div className="muted">{r.guidance}</div> : null}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

export function AwardCard({ award }: { award: Pick<AwardNode, 'amount' | 'conditions' | 'status' | 'cancelReason'> }) {
  const { t } = useTranslation();
  return (
    <Card title={t('grants.award.card')} data-testid="proposal-award" data-status={award.status} style={{ marginBottom: 16 }}>
      {award.status === 'CANCELLED' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('grants.award.cancelled', { reason: award.cancelReason || t('grants.award.none') })} />
      ) : null}
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('grants.award.amount')}>
          <Money value={award.amount} strong />
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.award.status')}>
          <AwardStatusTag status={award.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.award.conditions')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{award.conditions || t('grants.award.none')}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** A YYYY-MM-DD string as antd's date picker wants it, and back. */
const dateProps = {
  getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v !== '' && dayjs(v, 'YYYY-MM-DD', true).isValid() ? dayjs(v, 'YYYY-MM-DD') : undefined }),
  normalize: (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : ''),
};

/** The organisation's documents, for the call's DOCUMENT questions. */
function useOrganizationDocuments(organizationID: string, pause: boolean) {
  const [res] = useQuery({ query: OrganizationDocumentsDocument, variables: { id: organizationID }, pause });
  return useMemo(() => {
    const node = res.data?.node;
    if (node?.__typename !== 'Organization') return [];
    return (node.documents.edges ?? []).flatMap((e) => (e?.node && !e.node.deletedAt ? [{ id: e.node.id, title: e.node.title }] : []));
  }, [res.data]);
}

// Every save is an event on the case's timeline: autosave (when a field
// loses focus with changes) waits at least this long after the last save.
const AUTOSAVE_GAP_MS = 30_000;

function ProposalForm({
  caseID,
  organizationID,
  call,
  application,
  problems,
}: {
  caseID: string;
  organizationID: string;
  call: Call;
  application: ProposalApplication;
  problems: ApplicationProblem[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const [, save] = useMutation(SaveProposalApplicationDocument);
  const amountRule = useAmountRule();
  const questionKeys = useMemo(() => call.questions.map((q) => q.key), [call.questions]);
  const hasDocumentQuestion = call.questions.some((q) => q.kind === 'DOCUMENT');
  const documents = useOrganizationDocuments(organizationID, !hasDocumentQuestion);
  // The form starts from what the case held when the panel opened; later
  // saves do not reset it (the applicant may be typing meanwhile).
  const [initial] = useState(application);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const dirtyRef = useRef(false);
  const lastSave = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Saves are queued one after another so an older save never lands last.
  const saveNow = useCallback(
    (explicit: boolean) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const next = chain.current.then(async () => {
        if (!explicit && !dirtyRef.current) return;
        const values = toApplication(form.getFieldsValue(true) as Partial<ProposalApplication>, questionKeys);
        dirtyRef.current = false;
        lastSave.current = Date.now();
        setSaving(true);
        const r = await save({ id: caseID, application: values as unknown as Record<string, unknown> });
        setSaving(false);
        if (r.error) {
          dirtyRef.current = true;
          message.error(errorText(firstApiError(r.error)));
          return;
        }
        setDirty(dirtyRef.current);
        setSavedAt(dayjs().format('HH:mm'));
        if (explicit) message.success(t('grants.proposal.saved'));
      });
      chain.current = next;
      return next;
    },
    [caseID, errorText, form, message, questionKeys, save, t],
  );
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // A refused submission marks each field it names, next to the field; the
  // marks of the previous refusal go.
  const marked = useRef<(string | number)[][]>([]);
  useEffect(() => {
    const next = problemFieldErrors(problems, problemText);
    form.setFields([...marked.current.map((name) => ({ name, errors: [] as string[] })), ...next]);
    marked.current = next.map((n) => n.name);
  }, [problems, form]);

  const onValuesChange = () => {
    dirtyRef.current = true;
    setDirty(true);
  };
  // Moving between the form's fields saves at most every AUTOSAVE_GAP_MS;
  // leaving the form (to the submit button, say) saves at once.
  const autosave = (e: React.FocusEvent<HTMLDivElement>) => {
    if (!dirtyRef.current) return;
    const leaving = !(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget));
    if (leaving) {
      setTimeout(() => void saveNow(false), 0);
      return;
    }
    if (timer.current) return;
    const wait = Math.max(0, lastSave.current + AUTOSAVE_GAP_MS - Date.now());
    timer.current = setTimeout(() => void saveNow(false), wait);
  };

  return (
    <div onBlur={autosave}>
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange} data-testid="proposal-form">
        <Typography.Title level={5}>{t('grants.proposal.basics')}</Typography.Title>
        <Form.Item name="title" label={t('grants.proposal.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('grants.proposal.category')}>
          <Select options={call.categories.map((c) => ({ value: c, label: c }))} allowClear style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="summary" label={t('grants.proposal.summary')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="objectives" label={t('grants.proposal.objectives')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="beneficiaryGroup" label={t('grants.proposal.beneficiaryGroup')}>
            <Input maxLength={200} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="beneficiaryCount" label={t('grants.proposal.beneficiaryCount')}>
            <InputNumber min={0} max={999999999} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="town" label={t('grants.proposal.town')}>
            <Input maxLength={100} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="startsOn" label={t('grants.proposal.startsOn')} {...dateProps}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="endsOn" label={t('grants.proposal.endsOn')} {...dateProps}>
            <DatePicker />
          </Form.Item>
        </Space>

        <Typography.Title level={5}>{t('grants.proposal.milestones')}</Typography.Title>
        <Form.List name="milestones">
          {(fields, { add, remove }, { errors }) => (
            <div data-testid="milestones">
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'title']} label={f.name === 0 ? t('grants.proposal.milestoneTitle') : undefined}>
                    <Input style={{ width: 320 }} maxLength={200} aria-label={t('grants.proposal.milestoneTitle')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} label={f.name === 0 ? t('grants.proposal.dueOn') : undefined} {...dateProps}>
                    <DatePicker aria-label={t('grants.proposal.dueOn')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('grants.proposal.remove')}
                    onClick={() => remove(f.name)}
                    style={f.name === 0 ? { marginTop: 30 } : undefined}
                  />
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ title: '', dueOn: '' })}
                style={{ marginBottom: 16 }}
                data-testid="add-milestone"
              >
                {t('grants.proposal.addMilestone')}
              </Button>
            </div>
          )}
        </Form.List>

        <Typography.Title level={5}>{t('grants.proposal.budget')}</Typography.Title>
        <BudgetFields minAmount={call.minAmount} maxAmount={call.maxAmount} />
        <Form.Item name="cofunding" label={t('grants.proposal.cofunding')} rules={[amountRule]}>
          <AmountInput data-testid="cofunding" />
        </Form.Item>
        <Form.Item name="team" label={t('grants.proposal.team')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>

        {call.questions.length > 0 ? (
          <>
            <Typography.Title level={5}>{t('grants.proposal.questions')}</Typography.Title>
            {call.questions.map((q) => (
              <QuestionItem key={q.key} q={q} documents={documents} />
            ))}
          </>
        ) : null}

        <Typography.Title level={5}>{t('grants.proposal.declaration')}</Typography.Title>
        <Form.Item name="noDoubleFunding" valuePropName="checked">
          <Checkbox data-testid="no-double-funding">{t('grants.proposal.noDoubleFunding')}</Checkbox>
        </Form.Item>

        <Space wrap>
          {/* A draft saves as it stands, marked fields and all: the server checks it at submission. */}
          <Button type="primary" loading={saving} onClick={() => void saveNow(true)} data-testid="save-proposal">
            {t('grants.proposal.save')}
          </Button>
          <Typography.Text type="secondary" data-testid="save-state">
            {saving ? t('grants.proposal.saving') : dirty ? t('grants.proposal.unsaved') : savedAt ? t('grants.proposal.autosaved', { time: savedAt }) : null}
          </Typography.Text>
        </Space>
      </Form>
    </div>
  );
}

function QuestionItem({ q, documents }: { q: Question; documents: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  const amountRule = useAmountRule();
  const name = ['answers', q.key];
  const common = { name, label: q.label, extra: q.help || undefined, required: q.required };
  switch (q.kind) {
    case 'CHOICE':
      return (
        <Form.Item {...common}>
          <Select options={q.choices.map((c) => ({ value: c, label: c }))} allowClear style={{ maxWidth: 400 }} />
        </Form.Item>
      );
    case 'NUMBER':
      return (
        <Form.Item
          {...common}
          rules={[{ pattern: /^\d*$/, message: t('grants.proposal.invalidNumber') }]}
        >
          <Input inputMode="numeric" style={{ maxWidth: 220 }} />
        </Form.Item>
      );
    case 'MONEY':
      return (
        <Form.Item {...common} rules={[amountRule]}>
          <AmountInput />
        </Form.Item>
      );
    case 'DATE':
      return (
        <Form.Item {...common} {...dateProps}>
          <DatePicker />
        </Form.Item>
      );
    case 'DOCUMENT':
      return (
        <Form.Item {...common} extra={q.help || (documents.length === 0 ? t('grants.proposal.noDocuments') : undefined)}>
          <Select
            placeholder={t('grants.proposal.chooseDocument')}
            options={documents.map((d) => ({ value: d.id, label: d.title }))}
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ maxWidth: 480 }}
          />
        </Form.Item>
      );
    default:
      return (
        <Form.Item {...common}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      );
  }
}

/** The proposal as submitted: the same fields, read-only, money formatted. */
export function ProposalView({ call, organizationID, application: a }: { call: Call; organizationID: string; application: ProposalApplication }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const hasDocumentQuestion = call.questions.some((q) => q.kind === 'DOCUMENT');
  const documents = useOrganizationDocuments(organizationID, !hasDocumentQuestion);
  const none = t('common.none');
  const text = (s: string) => (s ? <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span> : none);
  const answer = (q: Question, v: string) => {
    if (!v) return none;
    if (q.kind === 'MONEY') return <Money value={v} />;
    if (q.kind === 'DATE') return formatDate(v, lang);
    if (q.kind === 'DOCUMENT') return documents.find((d) => d.id === v)?.title ?? v;
    return text(v);
  };
  const total = sumYuan(a.budgetLines.map((l) => l.amount));
  return (
    <div data-testid="proposal-view">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('grants.proposal.title')}>{text(a.title)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.category')}>{text(a.category)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.summary')}>{text(a.summary)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.objectives')}>{text(a.objectives)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.beneficiaryGroup')}>{text(a.beneficiaryGroup)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.beneficiaryCount')}>{a.beneficiaryCount ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.town')}>{text(a.town)}</Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.period')}>
          {a.startsOn || a.endsOn ? `${formatDate(a.startsOn, lang) || none} – ${formatDate(a.endsOn, lang) || none}` : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.requested')}>
          <Money value={a.requested || null} strong />
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.cofunding')}>
          <Money value={a.cofunding || null} />
        </Descriptions.Item>
        <Descriptions.Item label={t('grants.proposal.team')}>{text(a.team)}</Descriptions.Item>
        {call.questions.map((q) => (
          <Descriptions.Item key={q.key} label={q.label}>
            {answer(q, a.answers[q.key] ?? '')}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('grants.proposal.noDoubleFunding')}>{a.noDoubleFunding ? t('grants.proposal.yes') : t('grants.proposal.no')}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('grants.proposal.milestones')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        dataSource={a.milestones.map((m, i) => ({ ...m, key: i }))}
        columns={[
          { title: t('grants.proposal.milestoneTitle'), dataIndex: 'title' },
          { title: t('grants.proposal.dueOn'), dataIndex: 'dueOn', render: (v: string) => formatDate(v, lang) || none, width: 180 },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('grants.proposal.budget')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        dataSource={a.budgetLines.map((l, i) => ({ ...l, key: i }))}
        data-testid="budget-view"
        columns={[
          { title: t('grants.proposal.budgetCategory'), dataIndex: 'category', width: 160 },
          { title: t('grants.proposal.budgetDescription'), dataIndex: 'description' },
          { title: t('grants.proposal.amount'), dataIndex: 'amount', align: 'right', width: 180, render: (v: string) => <Money value={v || null} /> },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              {t('grants.proposal.budgetTotal')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Money value={total} strong />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </div>
  );
}
