import { Suspense, lazy, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import type { TenancyQuery } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { dateToApiTime, formatDate } from '../../lib/format';
import {
  AddMilestoneDocument,
  AssessMaturityDocument,
  EndTenancyDocument,
  ExtendTenancyDocument,
  UpdateTenancyPlanDocument,
  GraduateDocument,
  LogServiceDocument,
  RemoveMilestoneDocument,
  ReportAlumniDocument,
  SetMilestoneMetDocument,
  TenancyDocument,
} from './api';
import { GraduationPanel } from './GraduationPanel';
import { UserPicker } from '../casework/detail/UserPicker';
import { todayYMD, useRun } from './shared';

const LineChart = lazy(() => import('./LineChart'));

export type TenancyView = Extract<NonNullable<TenancyQuery['node']>, { __typename: 'Tenancy' }>;

type Dialog = null | 'plan' | 'extend' | 'end' | 'milestone' | 'service' | 'assess' | 'alumni';

/**
 * One tenancy: overview, graduation check, incubation plan, services,
 * scorecard with its trend, and after graduation the certificate and the
 * yearly alumni reports. Staff change it; the organisation reads it.
 */
export default function TenancyPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { id = '' } = useParams();
  const { caps } = useMe();
  const manage = caps.has('incubation.manage');
  const [res, reexecute] = useQuery({ query: TenancyDocument, variables: { id } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const run = useRun();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [, graduate] = useMutation(GraduateDocument);
  const [, setMet] = useMutation(SetMilestoneMetDocument);
  const [, removeMilestone] = useMutation(RemoveMilestoneDocument);
  const [busy, setBusy] = useState(false);
  const ten = res.data?.node?.__typename === 'Tenancy' ? res.data.node : null;
  if (!ten) {
    if (res.fetching) return <Loading />;
    if (res.error) return <ErrorState error={res.error} onRetry={refresh} />;
    return <EmptyState title={t('incubation.tenants.empty')} />;
  }
  const active = ten.status === 'ACTIVE';
  const edit = manage && active;
  const done = () => {
    setDialog(null);
    refresh();
  };
  return (
    <div className="page" data-testid="tenancy-page">
      <Link to={manage ? '/incubation/tenancies' : '/incubation/my'}>
        <ArrowLeftOutlined /> {t('incubation.tenancy.back')}
      </Link>
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {ten.organization.name}
        </Typography.Title>
        <Space>
          <Tag color={active ? 'blue' : ten.status === 'GRADUATED' ? 'green' : 'default'} data-testid="tenancy-status">
            {t(`incubation.tenancyStatus.${ten.status}`)}
          </Tag>
          {edit ? (
            <>
              <Button onClick={() => setDialog('plan')} data-testid="edit-plan">
                {t('incubation.tenancy.editPlan')}
              </Button>
              <Button onClick={() => setDialog('extend')}>{t('incubation.tenancy.extend')}</Button>
              <Button danger onClick={() => setDialog('end')}>
                {t('incubation.tenancy.end')}
              </Button>
            </>
          ) : null}
        </Space>
      </div>
      {ten.certificateNo ? (
        <Card data-testid="certificate">
          <Space wrap>
            <Typography.Text strong>{t('incubation.tenancy.graduated', { no: ten.certificateNo })}</Typography.Text>
            {ten.certificateURL ? <a href={ten.certificateURL}>{t('incubation.tenancy.certificate')}</a> : null}
            {ten.certificateVerifyURL ? (
              <a href={ten.certificateVerifyURL} target="_blank" rel="noreferrer">
                {t('incubation.tenancy.verify')}
              </a>
            ) : null}
          </Space>
        </Card>
      ) : null}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Card title={t('incubation.tenancy.overview')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('incubation.tenancy.centre')}>{ten.centre.name}</Descriptions.Item>
              <Descriptions.Item label={t('incubation.tenants.stage')}>{t(`incubation.stage.${ten.stage}`)}</Descriptions.Item>
              <Descriptions.Item label={t('incubation.tenants.space')}>
                {ten.virtual ? t('incubation.tenants.virtual') : ten.seats.map((s) => `${s.space.code} ×${s.seats}`).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('incubation.tenancy.start')}>{formatDate(ten.startOn, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('incubation.tenancy.term')}>
                {t('incubation.tenancy.termMonths', { n: ten.termMonths })} · {formatDate(ten.endsOn, lang)}
              </Descriptions.Item>
              <Descriptions.Item label={t('incubation.tenants.mentor')}>{ten.mentor?.displayName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('incubation.tenancy.agreement')}>{ten.agreement?.title ?? t('incubation.tenancy.none')}</Descriptions.Item>
              {ten.notes ? <Descriptions.Item label={t('incubation.tenancy.notes')}>{ten.notes}</Descriptions.Item> : null}
              {ten.endReason ? <Descriptions.Item label={t('incubation.tenancy.reason')}>{ten.endReason}</Descriptions.Item> : null}
            </Descriptions>
            {ten.extensions.length > 0 ? (
              <>
                <Typography.Text strong>{t('incubation.tenancy.extensions')}</Typography.Text>
                <ul>
                  {ten.extensions.map((x) => (
                    <li key={x.id}>
                      {t('incubation.tenancy.extensionLine', { date: formatDate(x.createdAt, lang), who: x.extendedByName, months: x.months, reason: x.reason })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {active ? (
            <GraduationPanel
              check={ten.graduationCheck}
              canGraduate={manage}
              busy={busy}
              onGraduate={async () => {
                setBusy(true);
                const ok = await run(graduate({ id: ten.id }));
                setBusy(false);
                if (ok) refresh();
              }}
            />
          ) : null}
        </Col>
      </Row>
      <Card
        title={t('incubation.tenancy.plan')}
        style={{ marginTop: 16 }}
        extra={edit ? <Button onClick={() => setDialog('milestone')}>{t('incubation.tenancy.addMilestone')}</Button> : null}
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          data-testid="milestones"
          dataSource={ten.milestones}
          locale={{ emptyText: <EmptyState title={t('incubation.tenancy.none')} /> }}
          columns={[
            { title: t('incubation.tenancy.milestone'), dataIndex: 'title' },
            { title: t('incubation.tenancy.mandatory'), key: 'm', render: (_, m) => (m.mandatory ? <Tag color="red">{t('incubation.tenancy.mandatory')}</Tag> : null) },
            { title: t('incubation.tenancy.due'), key: 'due', render: (_, m) => formatDate(m.dueOn, lang) },
            { title: t('incubation.tenancy.met'), key: 'met', render: (_, m) => (m.metOn ? `✔ ${formatDate(m.metOn, lang)}` : '—') },
            ...(edit
              ? [
                  {
                    title: '',
                    key: 'act',
                    render: (_: unknown, m: TenancyView['milestones'][number]) => (
                      <Space>
                        <Button
                          size="small"
                          onClick={async () => {
                            if (await run(setMet({ id: m.id, metOn: m.metOn ? null : dateToApiTime(todayYMD()) }), t('incubation.tenancy.saved'))) refresh();
                          }}
                        >
                          {m.metOn ? t('incubation.tenancy.unmark') : t('incubation.tenancy.markMet')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={async () => {
                            if (await run(removeMilestone({ id: m.id }))) refresh();
                          }}
                        >
                          {t('incubation.tenancy.remove')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card
            title={t('incubation.tenancy.scorecard')}
            extra={edit ? <Button onClick={() => setDialog('assess')}>{t('incubation.tenancy.assess')}</Button> : null}
            data-testid="scorecard"
          >
            {ten.assessmentDue ? <Typography.Text type="secondary">{t('incubation.tenancy.assessmentDue', { date: formatDate(ten.assessmentDue, lang) })}</Typography.Text> : null}
            {ten.assessments.length === 0 ? (
              <EmptyState title={t('incubation.tenancy.noAssessments')} />
            ) : (
              <>
                <Suspense fallback={<Loading />}>
                  <LineChart
                    x={ten.assessments.map((a) => formatDate(a.assessedOn, lang))}
                    series={[{ name: t('incubation.tenancy.total'), values: ten.assessments.map((a) => Number(a.total)) }]}
                    threshold={ten.graduationCheck.threshold}
                    max={100}
                  />
                </Suspense>
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={[...ten.assessments].reverse()}
                  columns={[
                    { title: t('incubation.tenancy.assessedOn'), key: 'on', render: (_, a) => formatDate(a.assessedOn, lang) },
                    { title: t('incubation.tenancy.total'), dataIndex: 'total' },
                    { title: t('incubation.tenancy.comment'), key: 'c', render: (_, a) => `${a.comment}（${a.assessorName}）` },
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('incubation.tenancy.services')}
            extra={edit ? <Button onClick={() => setDialog('service')}>{t('incubation.tenancy.addService')}</Button> : null}
          >
            <Typography.Text type="secondary">{t('incubation.tenancy.serviceHours', { h: ten.serviceHours })}</Typography.Text>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={ten.services}
              locale={{ emptyText: <EmptyState title={t('incubation.tenancy.none')} /> }}
              columns={[
                { title: t('incubation.tenancy.heldOn'), key: 'on', render: (_, s) => formatDate(s.heldOn, lang) },
                { title: t('incubation.tenancy.kind'), key: 'k', render: (_, s) => t(`incubation.serviceKind.${s.kind}`) },
                { title: t('incubation.tenancy.title'), dataIndex: 'title' },
                { title: t('incubation.tenancy.hours'), dataIndex: 'hours' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {ten.status === 'GRADUATED' ? (
        <Card
          title={t('incubation.tenancy.alumni')}
          style={{ marginTop: 16 }}
          extra={<Button onClick={() => setDialog('alumni')}>{t('incubation.tenancy.report')}</Button>}
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={ten.alumniReports}
            locale={{ emptyText: <EmptyState title={t('incubation.tenancy.none')} /> }}
            columns={[
              { title: t('incubation.tenancy.year'), dataIndex: 'year' },
              { title: t('incubation.tenancy.stillActive'), key: 'a', render: (_, r) => (r.stillActive ? t('incubation.tenancy.yes') : t('incubation.tenancy.no')) },
              { title: t('incubation.tenancy.staff'), dataIndex: 'staffCount' },
              { title: t('incubation.tenancy.projects'), dataIndex: 'projects' },
              { title: t('incubation.tenancy.funding'), dataIndex: 'fundingWon' },
            ]}
          />
        </Card>
      ) : null}
      <TenancyDialogs tenancy={ten} dialog={dialog} onClose={() => setDialog(null)} onDone={done} />
    </div>
  );
}

/** The dialogs of the tenancy page, one at a time. */
function TenancyDialogs({ tenancy: ten, dialog, onClose, onDone }: { tenancy: TenancyView; dialog: Dialog; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const run = useRun();
  const [form] = Form.useForm();
  const [, extend] = useMutation(ExtendTenancyDocument);
  const [, updatePlan] = useMutation(UpdateTenancyPlanDocument);
  const [, end] = useMutation(EndTenancyDocument);
  const [, addMilestone] = useMutation(AddMilestoneDocument);
  const [, logService] = useMutation(LogServiceDocument);
  const [, assess] = useMutation(AssessMaturityDocument);
  const [, report] = useMutation(ReportAlumniDocument);
  if (!dialog) return null;
  const criteria = (ten.centre.criteria ?? []).filter((c) => c.active);
  const submit = async () => {
    const v = await form.validateFields();
    let ok: unknown = null;
    switch (dialog) {
      case 'plan':
        ok = await run(
          updatePlan({ id: ten.id, input: v.mentorID ? { mentorID: v.mentorID, notes: v.notes ?? '' } : { clearMentor: true, notes: v.notes ?? '' } }),
          t('incubation.tenancy.saved'),
        );
        break;
      case 'extend':
        ok = await run(extend({ id: ten.id, months: v.months, reason: v.reason }), t('incubation.tenancy.saved'));
        break;
      case 'end':
        ok = await run(end({ id: ten.id, exit: v.exit, reason: v.reason }), t('incubation.tenancy.saved'));
        break;
      case 'milestone':
        ok = await run(
          addMilestone({ id: ten.id, input: { key: 'CUSTOM', title: v.title, dueOn: dateToApiTime(v.due), mandatory: Boolean(v.mandatory) } }),
          t('incubation.tenancy.saved'),
        );
        break;
      case 'service':
        ok = await run(
          logService({ id: ten.id, input: { kind: v.kind, title: v.title, heldOn: dateToApiTime(v.on), hours: String(v.hours) } }),
          t('incubation.tenancy.saved'),
        );
        break;
      case 'assess':
        ok = await run(
          assess({
            id: ten.id,
            input: {
              assessedOn: dateToApiTime(v.on),
              comment: v.comment,
              scores: criteria.map((c) => ({ criterionID: c.id, score: v[`c${c.id}`] })),
            },
          }),
          t('incubation.tenancy.saved'),
        );
        break;
      case 'alumni':
        ok = await run(
          report({
            id: ten.id,
            input: { year: v.year, stillActive: Boolean(v.stillActive), staffCount: v.staffCount, projects: v.projects, fundingWon: String(v.funding) },
          }),
          t('incubation.tenancy.saved'),
        );
        break;
    }
    if (ok) {
      form.resetFields();
      onDone();
    }
  };
  const titles: Record<NonNullable<Dialog>, string> = {
    plan: t('incubation.tenancy.editPlan'),
    extend: t('incubation.tenancy.extendTitle'),
    end: t('incubation.tenancy.endTitle'),
    milestone: t('incubation.tenancy.addMilestone'),
    service: t('incubation.tenancy.addService'),
    assess: t('incubation.tenancy.assessTitle'),
    alumni: t('incubation.tenancy.report'),
  };
  const req = [{ required: true }];
  return (
    <Modal open title={titles[dialog]} onCancel={onClose} onOk={() => void submit()} destroyOnHidden data-testid={`dialog-${dialog}`}>
      <Form form={form} layout="vertical" initialValues={{ mentorID: ten.mentor?.id, notes: ten.notes ?? '', on: todayYMD(), due: todayYMD(), months: 6, exit: 'WITHDRAWN', kind: 'TRAINING', hours: 2, year: new Date().getFullYear(), stillActive: true, staffCount: 0, projects: 0, funding: '0.00' }}>
        {dialog === 'plan' ? (
          <>
            <Form.Item name="mentorID" label={t('incubation.tenants.mentor')} extra={ten.mentor ? t('incubation.tenancy.mentorNow', { name: ten.mentor.displayName }) : undefined}>
              <UserPicker />
            </Form.Item>
            <Form.Item name="notes" label={t('incubation.tenancy.notes')}>
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'extend' ? (
          <>
            <Form.Item name="months" label={t('incubation.tenancy.months')} rules={req}>
              <InputNumber min={1} max={12} />
            </Form.Item>
            <Form.Item name="reason" label={t('incubation.tenancy.reason')} rules={req}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'end' ? (
          <>
            <Form.Item name="exit" label={t('incubation.tenancy.exit')} rules={req}>
              <Radio.Group options={[{ value: 'WITHDRAWN', label: t('incubation.tenancy.WITHDRAWN') }, { value: 'TERMINATED', label: t('incubation.tenancy.TERMINATED') }]} />
            </Form.Item>
            <Form.Item name="reason" label={t('incubation.tenancy.reason')} rules={req}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'milestone' ? (
          <>
            <Form.Item name="title" label={t('incubation.tenancy.title')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="due" label={t('incubation.tenancy.due')} rules={req}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="mandatory" label={t('incubation.tenancy.mandatory')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'service' ? (
          <>
            <Form.Item name="kind" label={t('incubation.tenancy.kind')} rules={req}>
              <Select options={(['TRAINING', 'COUNSELLING', 'EVENT', 'OTHER'] as const).map((k) => ({ value: k, label: t(`incubation.serviceKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="title" label={t('incubation.tenancy.title')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="on" label={t('incubation.tenancy.heldOn')} rules={req}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="hours" label={t('incubation.tenancy.hours')} rules={req}>
              <InputNumber min={0.1} max={240} step={0.5} />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'assess' ? (
          <>
            <Form.Item name="on" label={t('incubation.tenancy.assessedOn')} rules={req}>
              <Input type="date" />
            </Form.Item>
            {criteria.map((c) => (
              <Form.Item key={c.id} name={`c${c.id}`} label={`${lang === 'en' ? c.nameEn : c.nameZh}（${c.weight}%）`} rules={req}>
                <InputNumber min={0} max={100} />
              </Form.Item>
            ))}
            <Form.Item name="comment" label={t('incubation.tenancy.comment')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'alumni' ? (
          <>
            <Form.Item name="year" label={t('incubation.tenancy.year')} rules={req}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="stillActive" label={t('incubation.tenancy.stillActive')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="staffCount" label={t('incubation.tenancy.staff')} rules={req}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="projects" label={t('incubation.tenancy.projects')} rules={req}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="funding" label={t('incubation.tenancy.funding')} rules={[{ required: true, pattern: /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/ }]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
