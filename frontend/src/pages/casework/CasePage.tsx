import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Col, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { ErrorState, Loading } from '../../components/States';
import { CaseConsultationAssigneesDocument, CaseDetailDocument } from './caseApi';
import { SubmitCaseDocument } from './caseMutations';
import { type ApplicationProblem, ApplicationProblemsAlert, applicationProblems } from './detail/applicationProblems';
import { CaseStateTag } from './CaseStateTag';
import { ActionsCard } from './detail/ActionsCard';
import { ChecklistCard } from './detail/ChecklistCard';
import { ClockCard } from './detail/ClockCard';
import { ConsultationsCard } from './detail/ConsultationsCard';
import { MaterialPicker, type PickerTarget } from './detail/MaterialPicker';
import { NoticeCard } from './detail/NoticeCard';
import { OutcomeCard } from './detail/OutcomeCard';
import { RateCard } from './detail/RateCard';
import { ReviewCard } from './detail/ReviewCard';
import { SummaryCard } from './detail/SummaryCard';
import { TimelineCard } from './detail/TimelineCard';
import type { ChecklistLine } from './detail/caseTypes';
import { useCaseDocuments } from './detail/useCaseDocuments';
import { useCaseStep } from './detail/useCaseStep';
import { withIncubationTexts } from '../../i18n/incubation';
import { withGrantTexts } from '../../i18n/grants';

// A programme's part of the case page (its form, staff's assessment); it
// renders nothing for cases of other services.
const AdmissionPanel = lazy(withIncubationTexts(() => import('../incubation/AdmissionPanel')));
const ProposalPanel = lazy(withGrantTexts(() => import('../grants/ngo/ProposalPanel')));

/**
 * One case for everyone who may see it: the applicant provides materials,
 * submits, supplements and rates; the handler reviews and moves it on.
 * What is offered follows `allowedActions`; the server checks every step again.
 */
export default function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { caps } = useMe();
  const [res, reexecute] = useQuery({ query: CaseDetailDocument, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const step = useCaseStep(refresh);
  const c = res.data?.node?.__typename === 'Case' ? res.data.node : null;
  const docs = useCaseDocuments(c);
  const staff = caps.has('case.read') || caps.has('case.handle');
  const [assigneesRes] = useQuery({
    query: CaseConsultationAssigneesDocument,
    variables: { id },
    pause: !staff || !c?.consultations?.length,
  });
  const assignees = useMemo(() => {
    const node = assigneesRes.data?.node;
    const m = new Map<string, string>();
    if (node?.__typename === 'Case') for (const k of node.consultations ?? []) m.set(k.id, k.assignee.displayName);
    return m;
  }, [assigneesRes.data]);
  const [picking, setPicking] = useState<PickerTarget | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [problems, setProblems] = useState<ApplicationProblem[]>([]);

  if (!c) {
    if (res.fetching) return <Loading />;
    if (res.error) return <ErrorState error={res.error} onRetry={refresh} />;
    return <Result status="404" title={t('casework.notFound')} />;
  }

  const allowed = new Set(c.allowedActions);
  const reviewMode = allowed.has('CONFIRM_SUPPLEMENT')
    ? 'confirm'
    : allowed.has('ACCEPT') || allowed.has('ACCEPT_WITH_DEFICIENCIES') || allowed.has('RETURN')
      ? 'preReview'
      : null;
  const pick = (line: ChecklistLine, supplement: boolean) =>
    setPicking({
      key: line.material.key,
      name: line.material.name,
      category: line.material.category,
      documentIDs: line.documentIDs,
      supplement,
    });
  const submit = async () => {
    setSubmitting(true);
    setProblems(applicationProblems(await step(SubmitCaseDocument, { id: c.id }, 'SUBMIT')));
    setSubmitting(false);
  };

  return (
    <div className="page case-page" data-testid="case-page" data-state={c.state} data-number={c.number ?? ''}>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Link to={staff ? '/workbench' : '/cases'} className="back-link">
            <ArrowLeftOutlined /> {t('common.back')}
          </Link>
          <Typography.Title level={1} className="page-title">
            {c.title}
          </Typography.Title>
          <Space wrap>
            <Typography.Text className="mono" data-testid="case-number">
              {c.number ?? t('casework.noNumber')}
            </Typography.Text>
            <CaseStateTag state={c.state} />
          </Space>
        </Space>
      </div>
      <NoticeCard c={c} docs={docs} onSupplement={(line) => pick(line, true)} />
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={16}>
          <SummaryCard c={c} />
          <Suspense fallback={null}>
            <ApplicationProblemsAlert problems={problems} />
            <AdmissionPanel caseID={c.id} problems={problems} />
            <ProposalPanel caseID={c.id} problems={problems} />
          </Suspense>
          {reviewMode ? (
            <ReviewCard c={c} docs={docs} mode={reviewMode} step={step} />
          ) : (
            <ChecklistCard c={c} docs={docs} onPick={(line) => pick(line, false)} onSubmit={() => void submit()} submitting={submitting} />
          )}
          <ConsultationsCard c={c} assignees={assignees} />
          <OutcomeCard c={c} />
          {allowed.has('RATE') ? <RateCard c={c} step={step} /> : null}
        </Col>
        <Col xs={24} lg={8}>
          <ActionsCard c={c} step={step} />
          <ClockCard c={c} />
          <TimelineCard c={c} />
        </Col>
      </Row>
      {picking ? (
        <MaterialPicker caseID={c.id} organizationID={c.organizationID} target={picking} step={step} onClose={() => setPicking(null)} />
      ) : null}
    </div>
  );
}
