import type { LogVisitInput, PartyActivityType, RecordActivityInput } from '../../../gql/graphql';
import { apiTimeToDate } from '../../../lib/format';
import { dayToApi } from '../shared/dates';

/** Whole days from day a to day b (both YYYY-MM-DD); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  const at = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((at(b) - at(a)) / 86_400_000);
}

export type Due = { kind: 'overdue'; days: number } | { kind: 'today' } | { kind: 'upcoming'; days: number };

/** How a follow-up due on `dueOn` (an API day) stands on `today` (YYYY-MM-DD, China). */
export function followUpDue(dueOn: string, today: string): Due {
  const days = daysBetween(today, apiTimeToDate(dueOn));
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'upcoming', days };
}

/** Minutes as whole hours and the minutes left: 150 → {hours: 2, minutes: 30}. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const t = Math.max(0, Math.floor(total));
  return { hours: Math.floor(t / 60), minutes: t % 60 };
}

/** Hours and minutes typed in as minutes; empty parts count as zero. */
export function joinMinutes(hours: number | null | undefined, minutes: number | null | undefined): number {
  return Math.max(0, Math.floor(hours ?? 0)) * 60 + Math.max(0, Math.floor(minutes ?? 0));
}

/** The visit form's values. Days are YYYY-MM-DD as the date inputs give them. */
export interface VisitValues {
  organizationID?: string;
  visitedOn?: string;
  topics?: string;
  findings?: string;
  followUps?: ({ action?: string; dueOn?: string } | undefined)[];
}

/**
 * logVisit's input from the form. Follow-up rows go as they are, in the
 * form's order, so the server's "followUps.1.dueOn" is the form's second row.
 */
export function visitInput(v: VisitValues): LogVisitInput {
  const rows = (v.followUps ?? []).map((f) => ({ action: (f?.action ?? '').trim(), dueOn: dayToApi(f?.dueOn ?? '') }));
  const findings = v.findings?.trim();
  return {
    organizationID: v.organizationID ?? '',
    visitedOn: dayToApi(v.visitedOn ?? ''),
    topics: (v.topics ?? '').trim(),
    ...(findings ? { findings } : {}),
    ...(rows.length > 0 ? { followUps: rows } : {}),
  };
}

/** The activity form's values. */
export interface ActivityValues {
  type?: PartyActivityType;
  title?: string;
  heldOn?: string;
  place?: string;
  description?: string;
  organizationIDs?: string[];
  participants?: number | null;
  volunteerHours?: number | null;
  volunteerMinutes?: number | null;
}

export function activityInput(v: ActivityValues): RecordActivityInput {
  const place = v.place?.trim();
  const description = v.description?.trim();
  return {
    type: v.type ?? 'OTHER',
    title: (v.title ?? '').trim(),
    heldOn: dayToApi(v.heldOn ?? ''),
    ...(place ? { place } : {}),
    ...(description ? { description } : {}),
    organizationIDs: v.organizationIDs ?? [],
    participants: Math.max(0, Math.floor(v.participants ?? 0)),
    volunteerMinutes: joinMinutes(v.volunteerHours, v.volunteerMinutes),
  };
}
