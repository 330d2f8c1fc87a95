import type { CaseAction, CaseDecision, CaseDeliveryMethod, CaseState, MaterialStatus } from '../../../gql/graphql';

/**
 * Tag colour of each state. A Record over the generated union, so a state
 * added to the schema fails `tsc` until it has a colour (and the i18n test
 * then asks for its label).
 */
export const STATE_COLOR: Record<CaseState, string> = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  PRE_REVIEW: 'processing',
  ACCEPTED: 'blue',
  ACCEPTED_WITH_DEFICIENCIES: 'orange',
  RETURNED: 'red',
  IN_REVIEW: 'processing',
  CONSULTING: 'purple',
  DECIDED: 'cyan',
  DELIVERED: 'green',
  CLOSED: 'success',
  WITHDRAWN: 'default',
};

export const CASE_STATES = Object.keys(STATE_COLOR) as CaseState[];

/** The order buttons appear in (the order of the steps). */
const ACTION_ORDER: Record<CaseAction, number> = {
  SAVE_APPLICATION: 0,
  SUBMIT: 1,
  START_PRE_REVIEW: 2,
  ACCEPT: 3,
  ACCEPT_WITH_DEFICIENCIES: 4,
  RETURN: 5,
  SUPPLEMENT: 6,
  CONFIRM_SUPPLEMENT: 7,
  START_REVIEW: 8,
  CONSULT: 9,
  DECIDE: 10,
  DELIVER: 11,
  RATE: 12,
  CLOSE: 13,
  RESOLVE_FOLLOW_UP: 14,
  WITHDRAW: 15,
};

export const CASE_ACTIONS = (Object.keys(ACTION_ORDER) as CaseAction[]).sort((a, b) => ACTION_ORDER[a] - ACTION_ORDER[b]);

/**
 * Every action a timeline event may carry: the steps above plus the ones
 * the server records on its own (CaseEvent.action is a plain string).
 */
export const EVENT_ACTIONS = [
  ...CASE_ACTIONS,
  'CONSULTATION_ANSWERED',
  'CONSULTATIONS_DONE',
  'DEADLINE_PASSED',
  'DUE_SOON_REMINDER',
  'FOLLOW_UP_OPENED',
] as const;

export type EventAction = (typeof EVENT_ACTIONS)[number];

export function isEventAction(v: string): v is EventAction {
  return (EVENT_ACTIONS as readonly string[]).includes(v);
}

/** States a handler still has work in: the workbench queue. */
export const QUEUE_STATES: readonly CaseState[] = [
  'SUBMITTED',
  'PRE_REVIEW',
  'ACCEPTED',
  'ACCEPTED_WITH_DEFICIENCIES',
  'IN_REVIEW',
  'CONSULTING',
  'DECIDED',
];

export const MATERIAL_STATUS_COLOR: Record<MaterialStatus, string> = {
  PENDING: 'default',
  PRESENT: 'success',
  MISSING: 'error',
  FLAWED: 'warning',
  SUPPLEMENTED: 'processing',
};

export const DECISIONS: readonly CaseDecision[] = ['APPROVED', 'REJECTED'];
export const DELIVERY_METHODS: readonly CaseDeliveryMethod[] = ['ONLINE', 'COUNTER', 'COURIER'];

/** The steps of the progress bar (antd Steps), in order. */
export const PROGRESS_STEPS = ['apply', 'preReview', 'accept', 'review', 'decide', 'deliver', 'close'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

const STEP_OF: Record<Exclude<CaseState, 'WITHDRAWN'>, number> = {
  DRAFT: 0,
  SUBMITTED: 1,
  PRE_REVIEW: 1,
  RETURNED: 1,
  ACCEPTED: 2,
  ACCEPTED_WITH_DEFICIENCIES: 2,
  IN_REVIEW: 3,
  CONSULTING: 3,
  DECIDED: 4,
  DELIVERED: 5,
  CLOSED: 6,
};

export interface Progress {
  current: number;
  status: 'process' | 'finish' | 'error';
}

/**
 * Where the case stands on the progress bar. A withdrawn case stops, in
 * error, at the step it was withdrawn from (the WITHDRAW event's fromState);
 * a returned one waits at pre-review, in error, for the applicant.
 */
export function progressOf(state: CaseState, timeline: readonly { action: string; fromState?: string | null }[]): Progress {
  if (state === 'WITHDRAWN') {
    const from = [...timeline].reverse().find((e) => e.action === 'WITHDRAW')?.fromState;
    const at = from && from in STEP_OF ? STEP_OF[from as keyof typeof STEP_OF] : 0;
    return { current: at, status: 'error' };
  }
  if (state === 'CLOSED') return { current: STEP_OF.CLOSED, status: 'finish' };
  return { current: STEP_OF[state], status: state === 'RETURNED' ? 'error' : 'process' };
}

/**
 * Actions with a form of their own elsewhere on the case page (the
 * checklist's submit, the notice's supplement, the review card, the rating
 * card, the outcome card's follow-up, a programme's own application form);
 * the actions card offers the rest.
 */
const ACTIONS_ELSEWHERE: ReadonlySet<CaseAction> = new Set<CaseAction>([
  'SAVE_APPLICATION',
  'SUBMIT',
  'SUPPLEMENT',
  'ACCEPT',
  'ACCEPT_WITH_DEFICIENCIES',
  'RETURN',
  'CONFIRM_SUPPLEMENT',
  'RATE',
  'RESOLVE_FOLLOW_UP',
]);

/** The actions card's buttons, in step order. */
export function panelActions(allowed: readonly CaseAction[]): CaseAction[] {
  return CASE_ACTIONS.filter((a) => allowed.includes(a) && !ACTIONS_ELSEWHERE.has(a));
}
