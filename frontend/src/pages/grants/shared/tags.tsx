import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AwardStatus, CallPhase, ProposalStatus } from '../../../gql/graphql';

// Tags for the venture-grant states; their texts are the shared ones
// (i18n/grants.zh.ts, loaded by withGrantTexts).

export const PHASE_COLOURS: Record<CallPhase, string> = { DRAFT: 'default', UPCOMING: 'blue', OPEN: 'green', CLOSED: 'default' };
export const PROPOSAL_COLOURS: Record<ProposalStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  AWARDED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};
export const AWARD_COLOURS: Record<AwardStatus, string> = { PROVISIONAL: 'gold', FINAL: 'green', CANCELLED: 'default' };

export function CallPhaseTag({ phase }: { phase: CallPhase }) {
  const { t } = useTranslation();
  return (
    <Tag color={PHASE_COLOURS[phase]} data-phase={phase}>
      {t(`grants.phase.${phase}`)}
    </Tag>
  );
}

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PROPOSAL_COLOURS[status]} data-status={status}>
      {t(`grants.proposalStatus.${status}`)}
    </Tag>
  );
}

export function AwardStatusTag({ status }: { status: AwardStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={AWARD_COLOURS[status]} data-status={status}>
      {t(`grants.awardStatus.${status}`)}
    </Tag>
  );
}
