import type { CaseClockFieldsFragment, CaseState } from '../../../gql/graphql';

/** How pressing a case is, from its working-day clock. */
export type Urgency = 'overdue' | 'dueSoon' | 'paused' | 'normal' | 'notStarted';

type ClockFlags = Pick<CaseClockFieldsFragment, 'overdue' | 'dueSoon' | 'paused'>;

/**
 * Overdue wins over everything (it stays overdue even while paused); a paused
 * clock is not "due soon" because it does not run; no clock means the case
 * has not been accepted yet.
 */
export function urgencyOf(clock: ClockFlags | null | undefined): Urgency {
  if (!clock) return 'notStarted';
  if (clock.overdue) return 'overdue';
  if (clock.paused) return 'paused';
  if (clock.dueSoon) return 'dueSoon';
  return 'normal';
}

/** States in which the working-day clock runs (or is paused): from acceptance to decision. */
const CLOCK_STATES: ReadonlySet<CaseState> = new Set<CaseState>(['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCIES', 'IN_REVIEW', 'CONSULTING']);

export function clockRunning(state: CaseState): boolean {
  return CLOCK_STATES.has(state);
}

/**
 * Urgency of a case in a list: a decided or closed case's clock has stopped,
 * so however late it was decided it is not pressing any more.
 */
export function caseUrgency(state: CaseState, clock: ClockFlags | null | undefined): Urgency {
  if (!clock) return 'notStarted';
  return clockRunning(state) ? urgencyOf(clock) : 'normal';
}

/** Row class of the workbench table: red for overdue, orange for due soon. */
export function urgencyRowClass(u: Urgency): string {
  if (u === 'overdue') return 'case-row--overdue';
  if (u === 'dueSoon') return 'case-row--due-soon';
  return '';
}

/** Tag colour for the urgency, or null when nothing needs saying. */
export function urgencyColor(u: Urgency): string | null {
  switch (u) {
    case 'overdue':
      return 'red';
    case 'dueSoon':
      return 'orange';
    case 'paused':
      return 'blue';
    default:
      return null;
  }
}

/**
 * The local calendar day as YYYY-MM-DD. A consulted unit's due date is a
 * calendar day too, so both are compared as dates, never as instants.
 */
export function todayYMD(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A consultation is late when it is still unanswered after its due day. */
export function consultationLate(c: { answer: string; dueOn: string }, today: string): boolean {
  return c.answer === 'PENDING' && c.dueOn.slice(0, 10) < today;
}
