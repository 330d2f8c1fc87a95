import type { OrganizationKind, PartyActivityType, PartyCoverageForm, PartyOrganizationKind } from '../../../gql/graphql';

// The party-building enums in the order the pages show them.

export const COVERAGE_FORMS: readonly PartyCoverageForm[] = ['BUILD', 'JOIN', 'ATTACH', 'DISPATCH', 'UNCOVERED'];

/** The forms setCoverage takes (DISPATCH is assignGuidanceOfficer's). */
export const SETTABLE_FORMS: readonly PartyCoverageForm[] = ['BUILD', 'JOIN', 'ATTACH', 'UNCOVERED'];

export const PARTY_ORG_KINDS: readonly PartyOrganizationKind[] = ['COMMITTEE', 'STANDALONE', 'JOINT'];

export const ORG_KINDS: readonly OrganizationKind[] = ['SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION', 'COMMUNITY_GROUP'];

export const ACTIVITY_TYPES: readonly PartyActivityType[] = [
  'DISASTER_PREVENTION',
  'LEGAL_OUTREACH',
  'CIVILISED_TRAFFIC',
  'HERITAGE_PROTECTION',
  'RIVER_CLEANING',
  'MARTYRS_COMMEMORATION',
  'COMMUNITY_BUILDING',
  'OTHER',
];

/** The colour of each form (tags, bars, charts). */
export const FORM_COLOURS: Record<PartyCoverageForm, string> = {
  BUILD: '#cf1322',
  JOIN: '#fa8c16',
  ATTACH: '#d4b106',
  DISPATCH: '#1677ff',
  UNCOVERED: '#bfbfbf',
};

/** A rate (0..1) as a percentage with one decimal: 0.9231 → "92.3". */
export function percent(rate: number): string {
  if (!Number.isFinite(rate)) return '0';
  return (Math.round(rate * 1000) / 10).toFixed(1);
}

/** Minutes as hours with at most one decimal: 90 → "1.5", 120 → "2". */
export function hours(minutes: number): string {
  const h = Math.round((minutes / 60) * 10) / 10;
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

/** How full an officer is: their share of the maximum (0..1) and whether they can take another. */
export function loadLevel(load: number, max: number): { share: number; full: boolean } {
  if (max <= 0) return { share: 1, full: true };
  return { share: Math.min(1, Math.max(0, load / max)), full: load >= max };
}
