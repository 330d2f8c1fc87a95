import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentCategory } from '../../../gql/graphql';
import {
  FINDING_STATUSES,
  initialFindings,
  noticePreview,
  outcomeOf,
  toFindingInputs,
  type FindingsForm,
  type ReviewMode,
} from '../model/findings';
import { MATERIAL_STATUS_COLOR } from '../model/states';
import {
  AcceptCaseDocument,
  AcceptCaseWithDeficienciesDocument,
  ConfirmSupplementDocument,
  ReturnCaseDocument,
} from '../caseMutations';
import { DocumentLinks } from './DocumentLinks';
import { NoticePreviewDialog } from './NoticePreviewDialog';
import { ReturnDialog } from './ReturnDialog';
import { docsOf, type CaseDetail, type DocumentsByID } from './caseTypes';
import type { useCaseStep } from './useCaseStep';

/**
 * The handler's review of the materials: a finding per material (present,
 * missing, flawed + note) with the files to preview, then the outcome the
 * findings allow: accept, accept with deficiencies (after previewing the
 * one-time notice) or return. When a supplement arrived, the same form
 * confirms it.
 */
export function ReviewCard({
  c,
  docs,
  mode,
  step,
}: {
  c: CaseDetail;
  docs: DocumentsByID;
  mode: ReviewMode;
  step: ReturnType<typeof useCaseStep>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ findings: FindingsForm }>();
  const initial = useMemo(() => ({ findings: initialFindings(c.checklist, mode) }), [c.checklist, mode]);
  // A reloaded case (someone supplemented, a step failed) starts the form afresh.
  useEffect(() => form.resetFields(), [form, initial]);
  const watched = Form.useWatch('findings', form) as FindingsForm | undefined;
  const values = watched ?? initial.findings;
  const outcome = outcomeOf(c.checklist, values);
  const lacking = noticePreview(c.checklist, values);
  const [dialog, setDialog] = useState<'notice' | 'return' | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = new Set(c.allowedActions);

  /** Validated findings, or null when the form shows what is missing. */
  const findings = async () => {
    try {
      const v = await form.validateFields();
      return toFindingInputs(c.checklist, v.findings);
    } catch {
      return null;
    }
  };

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };

  const accept = () =>
    run(async () => {
      const f = await findings();
      if (f) await step(AcceptCaseDocument, { id: c.id, findings: f }, 'ACCEPT');
    });
  const openNotice = async () => {
    if (await findings()) setDialog('notice');
  };
  const issue = () =>
    run(async () => {
      const f = await findings();
      if (f && !(await step(AcceptCaseWithDeficienciesDocument, { id: c.id, findings: f }, 'ACCEPT_WITH_DEFICIENCIES'))) setDialog(null);
    });
  const openReturn = async () => {
    if (await findings()) setDialog('return');
  };
  const doReturn = (reason: string) =>
    run(async () => {
      const f = await findings();
      if (f && !(await step(ReturnCaseDocument, { id: c.id, findings: f, reason }, 'RETURN'))) setDialog(null);
    });
  const confirm = () =>
    run(async () => {
      const f = await findings();
      if (f) await step(ConfirmSupplementDocument, { id: c.id, findings: f }, 'CONFIRM_SUPPLEMENT');
    });

  return (
    <Card
      title={t(mode === 'confirm' ? 'casework.review.confirmTitle' : 'casework.review.title')}
      className="detail-card"
      data-testid="review-card"
      data-mode={mode}
    >
      {mode === 'confirm' ? <Alert type="info" showIcon className="form-alert" message={t('casework.review.confirmHint')} /> : null}
      <Form form={form} layout="vertical" initialValues={initial} disabled={busy}>
        {c.checklist.map((line) => {
          const key = line.material.key;
          return (
            <div key={key} className="review-line" data-testid="review-row" data-key={key}>
              <Space wrap size={[8, 4]}>
                <Typography.Text strong>{line.material.name}</Typography.Text>
                {line.material.core ? <Tag color="red">{t('casework.checklist.core')}</Tag> : <Tag>{t('casework.checklist.optional')}</Tag>}
                <Tag color="blue">{t(`documents.category.${line.material.category as DocumentCategory}`)}</Tag>
                {line.status === 'SUPPLEMENTED' ? (
                  <Tag color={MATERIAL_STATUS_COLOR.SUPPLEMENTED}>{t('casework.materialStatus.SUPPLEMENTED')}</Tag>
                ) : null}
              </Space>
              {line.documentIDs.length > 0 ? (
                <DocumentLinks docs={docsOf(line, docs)} />
              ) : (
                <div>
                  <Typography.Text type="secondary">{t('casework.checklist.noDocuments')}</Typography.Text>
                </div>
              )}
              <Space wrap align="start" className="review-line__fields">
                <Form.Item
                  name={['findings', key, 'status']}
                  label={t('casework.review.status')}
                  rules={[{ required: true, message: t('casework.review.statusRequired', { name: line.material.name }) }]}
                >
                  <Radio.Group optionType="button" buttonStyle="solid">
                    {FINDING_STATUSES.map((s) => (
                      <Radio.Button key={s} value={s} data-testid={`finding-${s}`}>
                        {t(`casework.materialStatus.${s}`)}
                      </Radio.Button>
                    ))}
                  </Radio.Group>
                </Form.Item>
                <Form.Item
                  name={['findings', key, 'note']}
                  label={t('casework.review.note')}
                  dependencies={[['findings', key, 'status']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, v: string | undefined) =>
                        getFieldValue(['findings', key, 'status']) === 'FLAWED' && !v?.trim()
                          ? Promise.reject(new Error(t('casework.review.noteRequired', { name: line.material.name })))
                          : Promise.resolve(),
                    }),
                  ]}
                >
                  <Input placeholder={t('casework.review.notePlaceholder')} maxLength={500} className="review-line__note" />
                </Form.Item>
              </Space>
            </div>
          );
        })}
      </Form>
      {mode === 'preReview' ? (
        <>
          <Alert
            type={outcome === 'ACCEPT' ? 'success' : outcome === 'RETURN' ? 'error' : 'warning'}
            showIcon
            className="form-alert"
            message={t(`casework.review.suggest${outcome}`)}
            data-testid="review-outcome"
            data-outcome={outcome}
          />
          <Space wrap>
            {allowed.has('ACCEPT') ? (
              <Button type="primary" disabled={outcome !== 'ACCEPT'} loading={busy} onClick={() => void accept()} data-testid="action-ACCEPT">
                {t('casework.action.ACCEPT')}
              </Button>
            ) : null}
            {allowed.has('ACCEPT_WITH_DEFICIENCIES') ? (
              <Button
                type="primary"
                disabled={outcome !== 'ACCEPT_WITH_DEFICIENCIES'}
                onClick={() => void openNotice()}
                data-testid="action-ACCEPT_WITH_DEFICIENCIES"
              >
                {t('casework.action.ACCEPT_WITH_DEFICIENCIES')}
              </Button>
            ) : null}
            {allowed.has('RETURN') ? (
              <Button danger onClick={() => void openReturn()} data-testid="action-RETURN">
                {t('casework.action.RETURN')}
              </Button>
            ) : null}
          </Space>
        </>
      ) : (
        <>
          {lacking.length > 0 ? <Alert type="warning" showIcon className="form-alert" message={t('casework.review.confirmIncomplete')} /> : null}
          <Button
            type="primary"
            disabled={lacking.length > 0}
            loading={busy}
            onClick={() => void confirm()}
            data-testid="action-CONFIRM_SUPPLEMENT"
          >
            {t('casework.action.CONFIRM_SUPPLEMENT')}
          </Button>
        </>
      )}
      {dialog === 'notice' ? (
        <NoticePreviewDialog
          items={lacking}
          supplementDays={c.supplementDays}
          busy={busy}
          onIssue={() => void issue()}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'return' ? (
        <ReturnDialog lacking={lacking} busy={busy} onReturn={(r) => void doReturn(r)} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}
