import type { FindingInput, MaterialStatus } from '../../../gql/graphql';

/** A handler's finding on a material is one of these (the API refuses the others). */
export type FindingStatus = Extract<MaterialStatus, 'PRESENT' | 'MISSING' | 'FLAWED'>;
export const FINDING_STATUSES: readonly FindingStatus[] = ['PRESENT', 'MISSING', 'FLAWED'];

export interface FindingValue {
  status?: FindingStatus;
  note?: string;
}

/** The review form's values, by material key. */
export type FindingsForm = Record<string, FindingValue>;

/** What the review needs of a checklist line. */
export interface CheckLine {
  material: { key: string; name: string; core: boolean };
  documentIDs: readonly string[];
  status: MaterialStatus;
  note?: string | null;
}

export type ReviewMode = 'preReview' | 'confirm';

/**
 * The form's starting values. At pre-review a material with files is
 * presumed present and one without missing, so the handler changes only what
 * is wrong. When confirming a supplement, supplemented items are presumed
 * present and the others keep the finding they had.
 */
export function initialFindings(list: readonly CheckLine[], mode: ReviewMode): FindingsForm {
  const out: FindingsForm = {};
  for (const ch of list) {
    let status: FindingStatus;
    if (mode === 'confirm' && ch.status === 'SUPPLEMENTED') status = 'PRESENT';
    else if (ch.status === 'PRESENT' || ch.status === 'MISSING' || ch.status === 'FLAWED') status = ch.status;
    else status = ch.documentIDs.length > 0 ? 'PRESENT' : 'MISSING';
    out[ch.material.key] = { status, note: ch.note ?? '' };
  }
  return out;
}

export type FindingProblem = { key: string; name: string; problem: 'statusRequired' | 'noteRequired' };

/** What keeps the findings from being sent: every material needs a finding, a flawed one a note. */
export function findingProblems(list: readonly CheckLine[], form: FindingsForm): FindingProblem[] {
  const out: FindingProblem[] = [];
  for (const ch of list) {
    const v = form[ch.material.key];
    const base = { key: ch.material.key, name: ch.material.name };
    if (!v?.status) out.push({ ...base, problem: 'statusRequired' });
    else if (v.status === 'FLAWED' && !v.note?.trim()) out.push({ ...base, problem: 'noteRequired' });
  }
  return out;
}

/** The mutation's findings: one per material, in checklist order, notes trimmed (empty ones left out). */
export function toFindingInputs(list: readonly CheckLine[], form: FindingsForm): FindingInput[] {
  return list.map((ch) => {
    const v = form[ch.material.key] ?? {};
    const note = v.note?.trim();
    return { key: ch.material.key, status: v.status ?? 'MISSING', ...(note ? { note } : {}) };
  });
}

export type Outcome = 'ACCEPT' | 'ACCEPT_WITH_DEFICIENCIES' | 'RETURN';

/**
 * Which pre-review outcome the findings allow: all present → accept; only
 * non-core materials lacking → accept with deficiencies (容缺受理); a core
 * one lacking → return. The server applies the same rule.
 */
export function outcomeOf(list: readonly CheckLine[], form: FindingsForm): Outcome {
  let other = false;
  for (const ch of list) {
    if (form[ch.material.key]?.status === 'PRESENT') continue;
    if (ch.material.core) return 'RETURN';
    other = true;
  }
  return other ? 'ACCEPT_WITH_DEFICIENCIES' : 'ACCEPT';
}

export interface NoticePreviewItem {
  key: string;
  name: string;
  status: FindingStatus;
  note?: string;
}

/** What the one-time notice will list: every material not found present. */
export function noticePreview(list: readonly CheckLine[], form: FindingsForm): NoticePreviewItem[] {
  return list.flatMap((ch) => {
    const v = form[ch.material.key];
    if (!v?.status || v.status === 'PRESENT') return [];
    const note = v.note?.trim();
    return [{ key: ch.material.key, name: ch.material.name, status: v.status, ...(note ? { note } : {}) }];
  });
}

/** Core materials still without any file (the applicant is warned before submitting). */
export function unprovided(list: readonly CheckLine[]): { core: string[]; optional: string[] } {
  const core: string[] = [];
  const optional: string[] = [];
  for (const ch of list) {
    if (ch.documentIDs.length > 0) continue;
    (ch.material.core ? core : optional).push(ch.material.name);
  }
  return { core, optional };
}
