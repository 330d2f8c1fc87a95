import { useState } from 'react';
import { Alert, Button, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseAction } from '../../../gql/graphql';
import { useMe } from '../../../auth/AuthProvider';
import { panelActions } from '../model/states';
import { CloseCaseDocument, StartPreReviewDocument, StartReviewDocument } from '../caseMutations';
import { ConsultDialog } from './ConsultDialog';
import { DecideDialog } from './DecideDialog';
import { DeliverDialog } from './DeliverDialog';
import { WithdrawDialog } from './WithdrawDialog';
import type { CaseDetail } from './caseTypes';
import type { useCaseStep } from './useCaseStep';

type Dialog = 'CONSULT' | 'DECIDE' | 'DELIVER' | 'WITHDRAW';
const WITH_DIALOG = new Set<CaseAction>(['CONSULT', 'DECIDE', 'DELIVER', 'WITHDRAW']);

/** The steps the viewer may take now that need no more than a click or a small dialog. */
export function ActionsCard({ c, step }: { c: CaseDetail; step: ReturnType<typeof useCaseStep> }) {
  const { t } = useTranslation();
  const { caps } = useMe();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState<CaseAction | null>(null);
  const actions = panelActions(c.allowedActions);
  // A handler sees why there is no decide button on a case the window may not decide.
  const undelegated =
    caps.has('case.handle') && !c.delegated && (c.state === 'ACCEPTED' || c.state === 'IN_REVIEW') && !c.allowedActions.includes('DECIDE');
  if (actions.length === 0 && !undelegated) return null;

  const click = async (a: CaseAction) => {
    if (WITH_DIALOG.has(a)) {
      setDialog(a as Dialog);
      return;
    }
    setBusy(a);
    if (a === 'START_PRE_REVIEW') await step(StartPreReviewDocument, { id: c.id }, a);
    else if (a === 'START_REVIEW') await step(StartReviewDocument, { id: c.id }, a);
    else if (a === 'CLOSE') await step(CloseCaseDocument, { id: c.id }, a);
    setBusy(null);
  };

  return (
    <Card title={t('casework.actions.title')} className="detail-card" size="small" data-testid="actions-card">
      {undelegated ? <Alert type="info" showIcon className="form-alert" message={t('casework.decide.notDelegated')} /> : null}
      <Space wrap>
        {actions.map((a) => (
          <Button
            key={a}
            type={a === 'WITHDRAW' ? 'default' : 'primary'}
            danger={a === 'WITHDRAW'}
            loading={busy === a}
            onClick={() => void click(a)}
            data-testid={`action-${a}`}
          >
            {t(`casework.action.${a}`)}
          </Button>
        ))}
      </Space>
      {dialog === 'CONSULT' ? <ConsultDialog caseID={c.id} step={step} onClose={() => setDialog(null)} /> : null}
      {dialog === 'DECIDE' ? <DecideDialog caseID={c.id} step={step} onClose={() => setDialog(null)} /> : null}
      {dialog === 'DELIVER' ? <DeliverDialog caseID={c.id} step={step} onClose={() => setDialog(null)} /> : null}
      {dialog === 'WITHDRAW' ? <WithdrawDialog caseID={c.id} step={step} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
