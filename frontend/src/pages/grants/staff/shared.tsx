import { Tag } from 'antd';
import type { Rule } from 'antd/es/form';
import type { AwardStatus, CallPhase, ProposalStatus, ReviewAssignmentStatus } from '../../../gql/graphql';
import { parseYuan } from '../../../lib/money';
import { AWARD_COLOURS, PHASE_COLOURS, PROPOSAL_COLOURS } from '../shared/tags';
import { useGT } from './texts';

export function PhaseTag({ phase }: { phase: CallPhase }) {
  const { gt } = useGT();
  return (
    <Tag color={PHASE_COLOURS[phase]} data-phase={phase}>
      {gt(`phase.${phase}`)}
    </Tag>
  );
}

export function AwardTag({ status }: { status: AwardStatus }) {
  const { gt } = useGT();
  return (
    <Tag color={AWARD_COLOURS[status]} data-status={status}>
      {gt(`awardStatus.${status}`)}
    </Tag>
  );
}

export function ProposalTag({ status }: { status: ProposalStatus }) {
  const { gt } = useGT();
  return (
    <Tag color={PROPOSAL_COLOURS[status]} data-status={status}>
      {gt(`proposalStatus.${status}`)}
    </Tag>
  );
}

const ASSIGNMENT_COLOURS: Record<ReviewAssignmentStatus, string> = { ASSIGNED: 'processing', SUBMITTED: 'success', REMOVED: 'default' };

export function AssignmentTag({ status }: { status: ReviewAssignmentStatus }) {
  const { gt } = useGT();
  return (
    <Tag color={ASSIGNMENT_COLOURS[status]} data-status={status}>
      {gt(`assignmentStatus.${status}`)}
    </Tag>
  );
}

/**
 * Form rules for a Money input typed as decimal yuan ("12345.60"): checked
 * with parseYuan, never turned into a number. `positive` refuses 0.
 */
export function useMoneyRules(opts: { required?: boolean; positive?: boolean } = {}): Rule[] {
  const { gt } = useGT();
  return [
    {
      validator: async (_: unknown, v: unknown) => {
        const s = typeof v === 'string' ? v.trim() : '';
        if (s === '') {
          if (opts.required) throw new Error(gt('money.invalid'));
          return;
        }
        const fen = parseYuan(s);
        if (fen === null) throw new Error(gt('money.invalid'));
        if (opts.positive && fen <= 0n) throw new Error(gt('money.positive'));
      },
    },
  ];
}

/** A Money input's text as the API wants it: trimmed, or undefined when empty. */
export function moneyOrUndefined(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v.trim() : '';
  return s === '' ? undefined : s;
}

/** A value for <input type="datetime-local"> from an API Time, in the browser's zone. */
export function toLocalInput(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** An API Time (RFC 3339, UTC) from a datetime-local value, or undefined. */
export function fromLocalInput(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
