import type { OrganizationOrder, OrganizationWhereInput } from '../../gql/graphql';
import { KINDS, SERVICE_FIELDS, STAGES, STATUSES, isOneOf } from './model';

export const PAGE_SIZE = 20;

export const SORTS = ['name_asc', 'name_desc', 'reg_desc', 'reg_asc', 'created_desc'] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_ORDER: Record<Sort, OrganizationOrder> = {
  name_asc: { field: 'NAME', direction: 'ASC' },
  name_desc: { field: 'NAME', direction: 'DESC' },
  reg_desc: { field: 'REGISTERED_ON', direction: 'DESC' },
  reg_asc: { field: 'REGISTERED_ON', direction: 'ASC' },
  created_desc: { field: 'CREATED_AT', direction: 'DESC' },
};

/** Filters, sort and page position live in the URL so Back and reload keep them. */
export function readListParams(params: URLSearchParams) {
  const get = (k: string) => params.get(k) ?? undefined;
  const kind = get('kind');
  const stage = get('stage');
  const status = get('status');
  const field = get('field');
  const sort = get('sort');
  return {
    q: get('q') ?? '',
    town: get('town') ?? '',
    kind: isOneOf(KINDS, kind) ? kind : undefined,
    stage: isOneOf(STAGES, stage) ? stage : undefined,
    status: isOneOf(STATUSES, status) ? status : undefined,
    field: isOneOf(SERVICE_FIELDS, field) ? field : undefined,
    sort: isOneOf(SORTS, sort) ? sort : ('name_asc' as Sort),
    after: get('after'),
    before: get('before'),
  };
}

export type ListParams = ReturnType<typeof readListParams>;

export function buildWhere(p: ListParams): OrganizationWhereInput {
  const where: OrganizationWhereInput = {};
  if (p.q.trim()) where.nameContainsFold = p.q.trim();
  if (p.town.trim()) where.townContainsFold = p.town.trim();
  if (p.kind) where.kind = p.kind;
  if (p.stage) where.stage = p.stage;
  if (p.status) where.status = p.status;
  if (p.field) where.serviceField = p.field;
  return where;
}
