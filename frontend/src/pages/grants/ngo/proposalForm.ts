import { compareYuan, parseYuan, sumYuan } from '../../../lib/money';

/*
 * The venture-grant application form as the case stores it
 * (Case.application, saved with saveCaseApplication). The server decodes it
 * at submission into exactly these keys and refuses any other, so the panel
 * saves what toApplication builds and nothing else.
 */

export interface MilestoneValue {
  title: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

export interface BudgetLineValue {
  category: string;
  description: string;
  /** A decimal string of yuan, "12345.60". */
  amount: string;
}

export interface ProposalApplication {
  title: string;
  /** One of the call's categories. */
  category: string;
  summary: string;
  objectives: string;
  beneficiaryGroup: string;
  beneficiaryCount?: number;
  town: string;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  milestones: MilestoneValue[];
  budgetLines: BudgetLineValue[];
  requested: string;
  cofunding: string;
  team: string;
  /** One answer per question of the call, by its key; every answer a string. */
  answers: Record<string, string>;
  /** The declaration that the project gets no other government money. */
  noDoubleFunding: boolean;
}

/** Every key of the form, in the order the panel shows them. */
export const APPLICATION_KEYS = [
  'title',
  'category',
  'summary',
  'objectives',
  'beneficiaryGroup',
  'beneficiaryCount',
  'town',
  'startsOn',
  'endsOn',
  'milestones',
  'budgetLines',
  'requested',
  'cofunding',
  'team',
  'answers',
  'noDoubleFunding',
] as const satisfies readonly (keyof ProposalApplication)[];

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function count(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\d{1,9}$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/**
 * The form's values from whatever the case holds (a fresh case holds
 * nothing; an older save may lack keys). Unknown keys are dropped.
 */
export function fromApplication(application: unknown): ProposalApplication {
  const a = rec(application);
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec(a.answers))) answers[k] = str(v);
  return {
    title: str(a.title),
    category: str(a.category),
    summary: str(a.summary),
    objectives: str(a.objectives),
    beneficiaryGroup: str(a.beneficiaryGroup),
    beneficiaryCount: count(a.beneficiaryCount),
    town: str(a.town),
    startsOn: str(a.startsOn),
    endsOn: str(a.endsOn),
    milestones: list(a.milestones).map((m) => ({ title: str(rec(m).title), dueOn: str(rec(m).dueOn) })),
    budgetLines: list(a.budgetLines).map((l) => ({
      category: str(rec(l).category),
      description: str(rec(l).description),
      amount: str(rec(l).amount),
    })),
    requested: str(a.requested),
    cofunding: str(a.cofunding),
    team: str(a.team),
    answers,
    noDoubleFunding: a.noDoubleFunding === true,
  };
}

/**
 * What to save from the form's values: exactly the form's keys, strings
 * trimmed, amounts as typed (the server checks them at submission), empty
 * list rows kept so that a problem's index ("budgetLines.2.amount") still
 * points at the row on screen. Only the call's questions are answered.
 */
export function toApplication(values: Partial<Record<keyof ProposalApplication, unknown>>, questionKeys: readonly string[]): ProposalApplication {
  const v = fromApplication(values);
  const trim = (s: string) => s.trim();
  const answers: Record<string, string> = {};
  for (const k of questionKeys) answers[k] = trim(v.answers[k] ?? '');
  return {
    ...v,
    title: trim(v.title),
    summary: trim(v.summary),
    objectives: trim(v.objectives),
    beneficiaryGroup: trim(v.beneficiaryGroup),
    town: trim(v.town),
    team: trim(v.team),
    requested: trim(v.requested),
    cofunding: trim(v.cofunding),
    milestones: v.milestones.map((m) => ({ title: trim(m.title), dueOn: m.dueOn })),
    budgetLines: v.budgetLines.map((l) => ({ category: trim(l.category), description: trim(l.description), amount: trim(l.amount) })),
    answers,
  };
}

/** What the budget table says under its lines. */
export interface BudgetSummary {
  /** The lines' sum, "12345.60" (lines that are not amounts count as nothing). */
  total: string;
  /** Indexes of lines whose amount is filled in but is not an amount. */
  invalid: number[];
  /** The total differs from a valid `requested`. */
  differs: boolean;
  /** `requested` is below the call's minimum / above its maximum. */
  belowMin: boolean;
  aboveMax: boolean;
}

/** The running total of the budget and how it stands against the request and the call's range; exact, never floats. */
export function budgetSummary(
  lines: readonly (Partial<BudgetLineValue> | null | undefined)[] | null | undefined,
  requested: string | null | undefined,
  range?: { min: string; max: string },
): BudgetSummary {
  const amounts = (lines ?? []).map((l) => (l?.amount ?? '').trim());
  const invalid = amounts.flatMap((a, i) => (a !== '' && parseYuan(a) === null ? [i] : []));
  const total = sumYuan(amounts);
  const req = (requested ?? '').trim();
  const cmp = compareYuan(total, req);
  return {
    total,
    invalid,
    differs: cmp !== null && cmp !== 0,
    belowMin: range ? compareYuan(req, range.min) === -1 : false,
    aboveMax: range ? compareYuan(req, range.max) === 1 : false,
  };
}

/** The field of a list's row that carries the problems of the whole row ("milestones.1"). */
const ROW_FIELD: Record<string, string> = { milestones: 'title', budgetLines: 'category' };

/**
 * A form field's path: "budgetLines.2.amount" → ["budgetLines", 2, "amount"],
 * "answers.q.1" → ["answers", "q.1"]; a whole row ("milestones.1", "a title
 * and a date") is marked on the row's first field.
 */
export function problemNamePath(field: string): (string | number)[] {
  const parts = field.split('.');
  if (parts[0] === 'answers' && parts.length > 1) return ['answers', parts.slice(1).join('.')];
  const path = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (path.length === 2 && typeof path[1] === 'number' && ROW_FIELD[parts[0]]) path.push(ROW_FIELD[parts[0]]);
  return path;
}

/**
 * The errors to put next to the form's fields, one entry per field named
 * by the problems (several problems of one field together, in order).
 * Problems naming no field of the form stay in the alert above it only.
 */
export function problemFieldErrors<P extends { field: string }>(
  problems: readonly P[],
  text: (p: P) => string,
): { name: (string | number)[]; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    const top = p.field.split('.')[0];
    if (!(APPLICATION_KEYS as readonly string[]).includes(top)) continue;
    byField.set(p.field, [...(byField.get(p.field) ?? []), text(p)]);
  }
  return [...byField].map(([field, errors]) => ({ name: problemNamePath(field), errors }));
}
