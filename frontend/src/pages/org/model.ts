import { graphql } from '../../gql';
import type {
  OrganizationCharityStatus,
  OrganizationKind,
  OrganizationStage,
  OrganizationStatus,
  ServiceField,
} from '../../gql/graphql';

export const KINDS: readonly OrganizationKind[] = ['SOCIAL_GROUP', 'SOCIAL_SERVICE_AGENCY', 'FOUNDATION', 'COMMUNITY_GROUP'];
export const STAGES: readonly OrganizationStage[] = ['SEEDLING', 'STARTUP', 'HUB'];
export const STATUSES: readonly OrganizationStatus[] = ['ACTIVE', 'ABNORMAL', 'DEREGISTERED'];
export const CHARITY_STATUSES: readonly OrganizationCharityStatus[] = ['NONE', 'RECOGNIZED', 'PUBLIC_FUNDRAISING'];
export const SERVICE_FIELDS: readonly ServiceField[] = [
  'EDUCATION',
  'CULTURE',
  'SPORT',
  'COMMUNITY_SERVICE',
  'ELDERLY_CARE',
  'DISABILITY',
  'HARDSHIP_RELIEF',
  'CHARITY',
  'ENVIRONMENT',
  'OTHER',
];

export const STATUS_COLOR: Record<OrganizationStatus, string> = {
  ACTIVE: 'green',
  ABNORMAL: 'orange',
  DEREGISTERED: 'default',
};

export const OrganizationFieldsFragment = graphql(`
  fragment OrganizationFields on Organization {
    id
    version
    name
    uscc
    kind
    stage
    serviceFields
    registeredOn
    legalRepresentative
    contactPerson
    contactPhone
    address
    town
    charityStatus
    status
    createdAt
    updatedAt
  }
`);

export function isOneOf<T extends string>(list: readonly T[], v: string | null | undefined): v is T {
  return v !== null && v !== undefined && (list as readonly string[]).includes(v);
}
