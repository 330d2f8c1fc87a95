import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type {
  CallQuestionInput,
  CreateGrantCallInput,
  OrganizationKind,
  QuestionKind,
  RubricCriterionInput,
  UpdateGrantCallInput,
} from '../../../gql/graphql';
import { compareYuan } from '../../../lib/money';
import { weightSum } from '../expert/scoring';
import { fromLocalInput, moneyOrUndefined, toLocalInput, useMoneyRules } from './shared';
import { useGT } from './texts';

const QUESTION_KINDS: QuestionKind[] = ['TEXT', 'NUMBER', 'MONEY', 'CHOICE', 'DATE', 'DOCUMENT'];
const ORG_KINDS: OrganizationKind[] = ['SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION', 'COMMUNITY_GROUP'];
const KEY_RE = /^[a-z][a-z0-9_]*$/;

/** The form's values (Money as typed strings, times as datetime-local strings). */
export interface CallFormValues {
  year?: number;
  title: string;
  description?: string;
  categories: string[];
  minAmount: string;
  maxAmount: string;
  opensAt: string;
  closesAt: string;
  serviceItemID?: string;
  reviewersPerProposal?: number | null;
  announcementDays?: number | null;
  orgKinds?: OrganizationKind[];
  minMonthsRegistered?: number | null;
  rubric: { key: string; name: string; nameEn?: string; weight: number; maxScore: number; guidance?: string }[];
  questions: { key: string; label: string; kind: QuestionKind; required?: boolean; help?: string; choices?: string[] }[];
}

/** A new call's starting rubric: five criteria scored 0–10 whose weights sum to 100. */
export const DEFAULT_RUBRIC: CallFormValues['rubric'] = [
  { key: 'need', name: '需求分析', nameEn: 'Need', weight: 25, maxScore: 10, guidance: '' },
  { key: 'design', name: '项目设计', nameEn: 'Design', weight: 30, maxScore: 10, guidance: '' },
  { key: 'team', name: '团队能力', nameEn: 'Team', weight: 20, maxScore: 10, guidance: '' },
  { key: 'budget', name: '预算合理性', nameEn: 'Budget', weight: 15, maxScore: 10, guidance: '' },
  { key: 'sustainability', name: '可持续性', nameEn: 'Sustainability', weight: 10, maxScore: 10, guidance: '' },
];

/** What a call looks like to the form (from the GrantCall query). */
export interface CallLike {
  year: number;
  title: string;
  description: string;
  categories: string[];
  minAmount: string;
  maxAmount: string;
  opensAt: string;
  closesAt: string;
  serviceItemID: string;
  reviewersPerProposal: number;
  announcementDays: number;
  eligibility: { orgKinds: OrganizationKind[]; minMonthsRegistered: number };
  rubric: { key: string; name: string; nameEn: string; weight: number; maxScore: number; guidance: string }[];
  questions: { key: string; label: string; kind: QuestionKind; required: boolean; help: string; choices: string[] }[];
}

export function callToValues(c: CallLike): CallFormValues {
  return {
    year: c.year,
    title: c.title,
    description: c.description,
    categories: c.categories,
    minAmount: c.minAmount,
    maxAmount: c.maxAmount,
    opensAt: toLocalInput(c.opensAt),
    closesAt: toLocalInput(c.closesAt),
    serviceItemID: c.serviceItemID,
    reviewersPerProposal: c.reviewersPerProposal,
    announcementDays: c.announcementDays,
    orgKinds: c.eligibility.orgKinds,
    minMonthsRegistered: c.eligibility.minMonthsRegistered,
    rubric: c.rubric.map((r) => ({ ...r })),
    questions: c.questions.map((q) => ({ ...q, choices: [...q.choices] })),
  };
}

function rubricInput(v: CallFormValues): RubricCriterionInput[] {
  return (v.rubric ?? []).map((r) => ({
    key: r.key.trim(),
    name: r.name.trim(),
    nameEn: r.nameEn?.trim() || undefined,
    weight: r.weight,
    maxScore: r.maxScore,
    guidance: r.guidance?.trim() || undefined,
  }));
}

function questionsInput(v: CallFormValues): CallQuestionInput[] {
  return (v.questions ?? []).map((q) => ({
    key: q.key.trim(),
    label: q.label.trim(),
    kind: q.kind,
    required: Boolean(q.required),
    help: q.help?.trim() || undefined,
    choices: q.kind === 'CHOICE' ? (q.choices ?? []).map((c) => c.trim()).filter(Boolean) : undefined,
  }));
}

function common(v: CallFormValues) {
  return {
    title: v.title.trim(),
    description: v.description?.trim() ?? '',
    categories: (v.categories ?? []).map((c) => c.trim()).filter(Boolean),
    minAmount: moneyOrUndefined(v.minAmount) ?? '',
    maxAmount: moneyOrUndefined(v.maxAmount) ?? '',
    opensAt: fromLocalInput(v.opensAt) ?? '',
    closesAt: fromLocalInput(v.closesAt) ?? '',
    eligibility: { orgKinds: v.orgKinds ?? [], minMonthsRegistered: v.minMonthsRegistered ?? 0 },
    rubric: rubricInput(v),
    questions: questionsInput(v),
    reviewersPerProposal: v.reviewersPerProposal ?? undefined,
    announcementDays: v.announcementDays ?? undefined,
  };
}

export function toCreateInput(v: CallFormValues): CreateGrantCallInput {
  return { ...common(v), year: v.year ?? new Date().getFullYear(), serviceItemID: v.serviceItemID ?? '' };
}

export function toUpdateInput(v: CallFormValues): UpdateGrantCallInput {
  return common(v);
}

/**
 * The call's form: basics, amounts and dates, the service item (new calls
 * only), eligibility, the rubric (weights must sum to 100, shown live) and
 * the call's own questions.
 */
export function CallForm({
  form,
  creating,
  serviceItems,
  initialValues,
  disabled,
}: {
  form: FormInstance<CallFormValues>;
  creating: boolean;
  serviceItems?: { value: string; label: string }[];
  initialValues: Partial<CallFormValues>;
  disabled?: boolean;
}) {
  const { gt } = useGT();
  const moneyRules = useMoneyRules({ required: true, positive: true });
  const rubric = Form.useWatch('rubric', form);
  const questions = Form.useWatch('questions', form);
  const sum = weightSum(rubric ?? []);
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} disabled={disabled} data-testid="call-form">
      <Card size="small" title={gt('form.basics')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          {creating ? (
            <Col xs={24} md={4}>
              <Form.Item name="year" label={gt('calls.year')} rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={creating ? 20 : 24}>
            <Form.Item name="title" label={gt('calls.callTitle')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={gt('form.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="categories" label={gt('form.categories')} extra={gt('form.categoriesHint')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，']} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item name="minAmount" label={gt('form.minAmount')} rules={moneyRules}>
              <Input inputMode="decimal" placeholder="10000.00" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="maxAmount"
              label={gt('form.maxAmount')}
              dependencies={['minAmount']}
              rules={[
                ...moneyRules,
                ({ getFieldValue }) => ({
                  validator: async (_: unknown, v: unknown) => {
                    if (compareYuan(getFieldValue('minAmount'), typeof v === 'string' ? v.trim() : '') === 1) throw new Error(gt('form.minOverMax'));
                  },
                }),
              ]}
            >
              <Input inputMode="decimal" placeholder="100000.00" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="opensAt" label={gt('form.opensAt')} rules={[{ required: true }]}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="closesAt"
              label={gt('form.closesAt')}
              dependencies={['opensAt']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  validator: async (_: unknown, v: unknown) => {
                    const open = fromLocalInput(getFieldValue('opensAt'));
                    const close = fromLocalInput(typeof v === 'string' ? v : '');
                    if (open && close && close <= open) throw new Error(gt('form.closesBeforeOpens'));
                  },
                }),
              ]}
            >
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {creating ? (
            <Col xs={24} md={12}>
              <Form.Item name="serviceItemID" label={gt('form.serviceItem')} extra={gt('form.serviceItemHint')} rules={[{ required: true }]}>
                <Select options={serviceItems ?? []} notFoundContent={gt('form.noServiceItem')} />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={12} md={6}>
            <Form.Item name="reviewersPerProposal" label={gt('form.reviewersPerProposal')}>
              <InputNumber min={1} max={15} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="announcementDays" label={gt('form.announcementDays')}>
              <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={gt('form.eligibility')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item name="orgKinds" label={gt('form.orgKinds')} extra={gt('form.orgKindsHint')}>
              <Select mode="multiple" allowClear options={ORG_KINDS.map((k) => ({ value: k, label: gt(`orgKind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="minMonthsRegistered" label={gt('form.minMonthsRegistered')}>
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card
        size="small"
        title={gt('form.rubric')}
        style={{ marginBottom: 12 }}
        extra={
          <Typography.Text type={sum === 100 ? 'success' : 'danger'} strong data-testid="weight-sum">
            {gt('form.weightSum', { sum })}
          </Typography.Text>
        }
      >
        <Typography.Paragraph type="secondary">{gt('form.rubricHint')}</Typography.Paragraph>
        <Form.List
          name="rubric"
          rules={[
            {
              validator: async (_, rows: CallFormValues['rubric'] | undefined) => {
                const s = weightSum(rows ?? []);
                if (s !== 100) throw new Error(gt('form.weightSumBad', { sum: s }));
                const seen = new Set<string>();
                for (const r of rows ?? []) {
                  const k = r?.key?.trim() ?? '';
                  if (k && seen.has(k)) throw new Error(gt('form.keyDuplicate', { key: k }));
                  seen.add(k);
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key} align="top" data-testid="rubric-row">
                  <Col xs={12} md={3}>
                    <Form.Item name={[f.name, 'key']} label={gt('form.key')} rules={[{ required: true }, { pattern: KEY_RE, message: gt('form.keyPattern') }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[f.name, 'name']} label={gt('form.criterionName')} rules={[{ required: true, whitespace: true }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[f.name, 'nameEn']} label={gt('form.criterionNameEn')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={2}>
                    <Form.Item name={[f.name, 'weight']} label={gt('form.weight')} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={2}>
                    <Form.Item name={[f.name, 'maxScore']} label={gt('form.maxScore')} rules={[{ required: true }]}>
                      <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={8}>
                    <Form.Item name={[f.name, 'guidance']} label={gt('form.guidance')}>
                      <Input.TextArea rows={1} autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Form.Item label=" ">
                      <Button icon={<DeleteOutlined />} aria-label={gt('form.remove')} onClick={() => remove(f.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ key: '', name: '', nameEn: '', weight: 10, maxScore: 10, guidance: '' })}>
                {gt('form.addCriterion')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Card>

      <Card size="small" title={gt('form.questions')}>
        <Typography.Paragraph type="secondary">{gt('form.questionsHint')}</Typography.Paragraph>
        <Form.List
          name="questions"
          rules={[
            {
              validator: async (_, rows: CallFormValues['questions'] | undefined) => {
                const seen = new Set<string>();
                for (const r of rows ?? []) {
                  const k = r?.key?.trim() ?? '';
                  if (k && seen.has(k)) throw new Error(gt('form.keyDuplicate', { key: k }));
                  seen.add(k);
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.length === 0 ? <Typography.Paragraph type="secondary">{gt('form.noQuestions')}</Typography.Paragraph> : null}
              {fields.map((f) => {
                const kind = questions?.[f.name]?.kind;
                return (
                  <Row gutter={8} key={f.key} align="top" data-testid="question-row">
                    <Col xs={12} md={3}>
                      <Form.Item name={[f.name, 'key']} label={gt('form.key')} rules={[{ required: true }, { pattern: KEY_RE, message: gt('form.keyPattern') }]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[f.name, 'label']} label={gt('form.label')} rules={[{ required: true, whitespace: true }]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={3}>
                      <Form.Item name={[f.name, 'kind']} label={gt('form.questionKind')} rules={[{ required: true }]}>
                        <Select options={QUESTION_KINDS.map((k) => ({ value: k, label: gt(`questionKind.${k}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={2}>
                      <Form.Item name={[f.name, 'required']} label={gt('form.required')} valuePropName="checked">
                        <Checkbox />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={kind === 'CHOICE' ? 4 : 9}>
                      <Form.Item name={[f.name, 'help']} label={gt('form.help')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    {kind === 'CHOICE' ? (
                      <Col xs={20} md={5}>
                        <Form.Item
                          name={[f.name, 'choices']}
                          label={gt('form.choices')}
                          rules={[{ required: true, type: 'array', min: 2, message: gt('form.choicesRequired') }]}
                        >
                          <Select mode="tags" open={false} tokenSeparators={[',', '，']} />
                        </Form.Item>
                      </Col>
                    ) : null}
                    <Col xs={4} md={1}>
                      <Form.Item label=" ">
                        <Button icon={<DeleteOutlined />} aria-label={gt('form.remove')} onClick={() => remove(f.name)} />
                      </Form.Item>
                    </Col>
                  </Row>
                );
              })}
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add({ key: '', label: '', kind: 'TEXT', required: false, help: '', choices: [] })}>
                  {gt('form.addQuestion')}
                </Button>
              </Space>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Card>
    </Form>
  );
}
