import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { AdmissionCaseDocument, AdmissionStaffDocument, AssessAdmissionDocument, SaveApplicationDocument } from './api';
import { type ApplicationProblem, problemText } from '../casework/detail/applicationProblems';
import { UserPicker } from '../casework/detail/UserPicker';
import { useRun } from './shared';

const STAGES = ['SPROUT', 'STARTUP', 'HUB'] as const;
const FIELDS = ['EDUCATION', 'CULTURE', 'SPORT', 'COMMUNITY_SERVICE', 'ELDERLY_CARE', 'DISABILITY', 'HARDSHIP_RELIEF', 'CHARITY', 'ENVIRONMENT', 'OTHER'] as const;

/** Weighted readiness 0–100, rounded, as the server computes it. */
export function readiness(criteria: readonly { key: string; weight: number }[], scores: Record<string, number | undefined>): number {
  let w = 0;
  let s = 0;
  for (const c of criteria) {
    w += c.weight;
    s += c.weight * (scores[c.key] ?? 0);
  }
  return w === 0 ? 0 : Math.round(s / w);
}

/**
 * The incubation part of an admission case: the applicant's form (saved
 * while a draft or returned; read-only after), and for staff the
 * readiness assessment that approving the case carries out. Renders
 * nothing for cases of other services.
 */
export default function AdmissionPanel({ caseID, problems = [] }: { caseID: string; problems?: ApplicationProblem[] }) {
  const [res, reexecute] = useQuery({ query: AdmissionCaseDocument, variables: { id: caseID } });
  const c = res.data?.node?.__typename === 'Case' ? res.data.node : null;
  const { caps } = useMe();
  if (!c || c.programme !== 'incubation') return null;
  const editable = c.allowedActions.includes('SAVE_APPLICATION');
  const open = !['DRAFT', 'RETURNED', 'WITHDRAWN', 'DECIDED', 'DELIVERED', 'CLOSED'].includes(c.state);
  return (
    <>
      <ApplicationForm caseID={caseID} application={c.application ?? {}} editable={editable} problems={problems} onSaved={() => reexecute({ requestPolicy: 'network-only' })} />
      {caps.has('incubation.manage') && open ? <AssessmentCard caseID={caseID} criteria={res.data?.admissionCriteria ?? []} /> : null}
    </>
  );
}

function ApplicationForm({
  caseID,
  application,
  editable,
  problems,
  onSaved,
}: {
  caseID: string;
  application: Record<string, unknown>;
  editable: boolean;
  problems: ApplicationProblem[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const run = useRun();
  const [form] = Form.useForm();
  const [, save] = useMutation(SaveApplicationDocument);
  useEffect(() => form.setFieldsValue(application), [application, form]);
  // A refused submission marks each field it names, next to the field.
  useEffect(() => {
    if (!editable) return;
    const byField = new Map<string, string[]>();
    for (const p of problems) byField.set(p.field, [...(byField.get(p.field) ?? []), problemText(p)]);
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  }, [problems, form, editable]);
  if (!editable) {
    const a = application as Record<string, string | number | undefined>;
    return (
      <Card title={t('incubation.admission.form')} data-testid="admission-form">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('incubation.admission.stage')}>{a.stage ? t(`incubation.stage.${a.stage as (typeof STAGES)[number]}`) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('incubation.admission.serviceField')}>{a.serviceField ? t(`org.serviceFieldValue.${a.serviceField as (typeof FIELDS)[number]}`) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('incubation.admission.communityNeed')}>{String(a.communityNeed ?? '—')}</Descriptions.Item>
          <Descriptions.Item label={t('incubation.admission.team')}>{String(a.team ?? '—')}</Descriptions.Item>
          <Descriptions.Item label={t('incubation.admission.expectations')}>{String(a.expectations ?? '—')}</Descriptions.Item>
          <Descriptions.Item label={t('incubation.admission.seatsNeeded')}>{String(a.seatsNeeded ?? '—')}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  const req = [{ required: true }];
  return (
    <Card title={t('incubation.admission.form')} data-testid="admission-form">
      <Form
        form={form}
        layout="vertical"
        initialValues={application}
        onFinish={async (v) => {
          if (await run(save({ id: caseID, application: v }), t('incubation.admission.saved'))) onSaved();
        }}
      >
        <Form.Item name="stage" label={t('incubation.admission.stage')} rules={req}>
          <Radio.Group options={STAGES.map((s) => ({ value: s, label: t(`incubation.stage.${s}`) }))} />
        </Form.Item>
        <Form.Item name="serviceField" label={t('incubation.admission.serviceField')} rules={req}>
          <Select options={FIELDS.map((f) => ({ value: f, label: t(`org.serviceFieldValue.${f}`) }))} />
        </Form.Item>
        <Form.Item name="communityNeed" label={t('incubation.admission.communityNeed')} rules={req}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="team" label={t('incubation.admission.team')} rules={req}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="expectations" label={t('incubation.admission.expectations')} rules={req}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="seatsNeeded" label={t('incubation.admission.seatsNeeded')} rules={req}>
          <InputNumber min={0} max={50} />
        </Form.Item>
        <Button htmlType="submit" data-testid="save-application">
          {t('incubation.admission.save')}
        </Button>
      </Form>
    </Card>
  );
}

function AssessmentCard({ caseID, criteria }: { caseID: string; criteria: readonly { key: string; name: string; weight: number; guidance: string }[] }) {
  const { t } = useTranslation();
  const run = useRun();
  const [res, reexecute] = useQuery({ query: AdmissionStaffDocument, variables: { id: caseID } });
  const [, assess] = useMutation(AssessAdmissionDocument);
  const [form] = Form.useForm();
  const [scores, setScores] = useState<Record<string, number | undefined>>({});
  const centres = (res.data?.incubationCentres.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const saved = res.data?.admissionAssessment;
  const outcome = Form.useWatch('outcome', form) as string | undefined;
  const centreID = Form.useWatch('centreID', form) as string | undefined;
  const spaces = useMemo(() => centres.find((c) => c.id === centreID)?.spaces ?? [], [centres, centreID]);
  useEffect(() => {
    if (centres.length > 0 && !form.getFieldValue('centreID')) form.setFieldsValue({ centreID: centres[0].id, termMonths: centres[0].defaultTermMonths });
  }, [centres, form]);
  return (
    <Card title={t('incubation.admission.assess')} data-testid="admission-assessment">
      {saved ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('incubation.admission.assessed', { n: saved.readiness, outcome: t(`incubation.admission.${saved.outcome}`) })}
          description={`${saved.centre.name}${saved.space ? ` · ${saved.space.code} ×${saved.seats}` : ''} · ${saved.assessorName}`}
        />
      ) : null}
      <Typography.Paragraph type="secondary">{t('incubation.admission.tellDecider')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'ADMIT', seats: 1 }}
        onValuesChange={(_, all) => setScores(Object.fromEntries(criteria.map((c) => [c.key, all[`s_${c.key}`]])))}
        onFinish={async (v) => {
          const input = {
            centreID: v.centreID,
            outcome: v.outcome,
            scores: criteria.map((c) => ({ key: c.key, score: v[`s_${c.key}`] })),
            spaceID: v.outcome === 'ADMIT' ? v.spaceID : undefined,
            seats: v.outcome === 'ADMIT' ? v.seats : undefined,
            termMonths: v.termMonths,
            mentorID: v.mentorID,
            comment: v.comment,
          };
          if (await run(assess({ id: caseID, input }), t('incubation.tenancy.saved'))) reexecute({ requestPolicy: 'network-only' });
        }}
      >
        {criteria.map((c) => (
          <Form.Item key={c.key} name={`s_${c.key}`} label={`${c.name}（${c.weight}%）`} tooltip={c.guidance} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} />
          </Form.Item>
        ))}
        <Typography.Title level={5} data-testid="readiness">
          {t('incubation.admission.readiness', { n: readiness(criteria, scores) })}
        </Typography.Title>
        <Form.Item name="outcome" label={t('incubation.admission.outcome')}>
          <Radio.Group options={(['ADMIT', 'WAITLIST', 'VIRTUAL'] as const).map((o) => ({ value: o, label: t(`incubation.admission.${o}`) }))} />
        </Form.Item>
        <Form.Item name="centreID" label={t('incubation.admission.centre')} rules={[{ required: true }]}>
          <Select options={centres.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        {outcome === 'ADMIT' ? (
          <Space>
            <Form.Item name="spaceID" label={t('incubation.admission.space')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 200 }}
                options={(spaces ?? [])
                  .filter((s) => s.status !== 'MAINTENANCE')
                  .map((s) => ({ value: s.id, label: `${s.code}（${t('incubation.admission.freeSeats', { n: s.seatsFree })}）`, disabled: s.seatsFree === 0 }))}
              />
            </Form.Item>
            <Form.Item name="seats" label={t('incubation.admission.seats')} rules={[{ required: true }]}>
              <InputNumber min={1} max={50} />
            </Form.Item>
          </Space>
        ) : null}
        <Form.Item name="mentorID" label={t('incubation.tenants.mentor')}>
          <UserPicker />
        </Form.Item>
        <Form.Item name="termMonths" label={t('incubation.admission.term')}>
          <InputNumber min={12} max={24} />
        </Form.Item>
        <Form.Item name="comment" label={t('incubation.admission.comment')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="save-assessment">
          {t('incubation.admission.saveAssessment')}
        </Button>
      </Form>
    </Card>
  );
}
