/**
 * What the UI offers to whom. The server enforces every rule on its own;
 * this only decides which menus, pages and buttons are shown.
 */

export const ROLES = [
  'PLATFORM_ADMIN',
  'BUREAU_ADMIN',
  'INCUBATOR_STAFF',
  'NGO_MEMBER',
  'EXPERT',
  'PARTY_OFFICER',
  'PURCHASER',
  'FINANCE',
  'GUIDANCE_OFFICER',
] as const;

export type Role = (typeof ROLES)[number];

export type Capability =
  /** See the county's organisation registry. */
  | 'org.list'
  /** Register new organisations. */
  | 'org.create'
  /** Edit any organisation in the registry. */
  | 'org.edit'
  /** See (and edit) the organisations the user is a member of. */
  | 'org.own'
  /** Manage users and role assignments. */
  | 'user.manage'
  /** Read the audit trail. */
  | 'audit.view'
  /** See every organisation's documents (registry staff, reviewers). */
  | 'doc.read'
  /** See the documents of the organisations the user is a member of. */
  | 'doc.readOwn'
  /** Upload documents (and new versions) for any organisation. */
  | 'doc.create'
  /** Upload documents for the user's own organisations. */
  | 'doc.createOwn'
  /** Edit and delete any organisation's documents. */
  | 'doc.update'
  /** Edit and delete the documents of the user's own organisations. */
  | 'doc.updateOwn'
  /** See every case of the county (staff): the workbench and the statistics. */
  | 'case.read'
  /** See the cases of the user's own organisations ("我的办件"). */
  | 'case.readOwn'
  /** Apply for a service on behalf of the user's own organisation. */
  | 'case.apply'
  /** Window work: pre-review, acceptance, notices, consultation, delivery. */
  | 'case.handle'
  /** Decide cases not delegated to the window; resolve follow-ups. */
  | 'case.decide'
  /** Edit the service-item catalogue. */
  | 'serviceItem.manage'
  /** Edit the national working-day calendar. */
  | 'calendar.update'
  /** Create domains (counties) and act in any of them: platform admins. */
  | 'domain.manage'
  /** See the county's incubation: space board, tenants, waitlist (staff, party officers). */
  | 'incubation.read'
  /** Run the incubation centre: tenancies, plans, assessments, offers, settings. */
  | 'incubation.manage'
  /** See the own organisation's incubation and answer its offers (NGO members). */
  | 'incubation.own'
  /** See the venture-grant funds, their yearly budgets and ledger (bureau admins, staff, finance). */
  | 'grant.funds'
  /** Run venture-grant calls: set up, budget, review panels, decisions, announcement (staff). */
  | 'grant.manage'
  /** Read every proposal of the county (staff, finance). */
  | 'grant.read'
  /** Apply to venture-grant calls for the user's own organisation (NGO members). */
  | 'grant.apply'
  /** Score the proposals assigned to the user (experts). */
  | 'review.own'
  /** Run party-building liaison: coverage, officers, party organisations, settings (the comprehensive committee). */
  | 'party.manage'
  /** Read the county's party-building coverage and statistics (the committee, bureau admins). */
  | 'party.read'
  /** Guide the organisations assigned to the user: visits, activities, follow-ups (guidance officers). */
  | 'party.assigned'
  /** See the own organisation's party-building coverage, visits and activities (NGO members). */
  | 'party.own';

/**
 * Each capability and the server permission ("object:action", from
 * `me.permissions`, i.e. from policies/policy.csv) that grants it. The role
 * matrix itself lives on the server only.
 */
const grantedBy: Record<Capability, readonly string[]> = {
  'org.list': ['organization:read'],
  'org.create': ['organization:create'],
  'org.edit': ['organization:update'],
  'org.own': ['organization:read_own'],
  'user.manage': ['user:create', 'role_assignment:create'],
  'audit.view': ['audit_log:read'],
  'doc.read': ['document:read'],
  'doc.readOwn': ['document:read_own'],
  'doc.create': ['document:create'],
  'doc.createOwn': ['document:create_own'],
  'doc.update': ['document:update'],
  'doc.updateOwn': ['document:update_own'],
  'case.read': ['case:read'],
  'case.readOwn': ['case:read_own'],
  'case.apply': ['case:create_own'],
  'case.handle': ['case:handle'],
  'case.decide': ['case:decide'],
  'serviceItem.manage': ['service_item:create', 'service_item:update'],
  'calendar.update': ['calendar:update'],
  'domain.manage': ['domain:cross_domain'],
  'incubation.read': ['tenancy:read'],
  'incubation.manage': ['tenancy:update'],
  'incubation.own': ['tenancy:read_own'],
  'grant.funds': ['fund:read'],
  'grant.manage': ['grant_call:update'],
  'grant.read': ['proposal:read'],
  'grant.apply': ['proposal:create_own'],
  'review.own': ['review:update_own'],
  'party.manage': ['party:update'],
  'party.read': ['party:read'],
  'party.assigned': ['party:read_assigned'],
  'party.own': ['party:read_own'],
};

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

/** The capabilities the server's permissions grant. */
export function capabilities(permissions: readonly string[]): Set<Capability> {
  const held = new Set(permissions);
  const out = new Set<Capability>();
  for (const [cap, perms] of Object.entries(grantedBy) as [Capability, readonly string[]][]) {
    if (perms.some((p) => held.has(p))) out.add(cap);
  }
  return out;
}

/** Where to land after login or on "/". */
export function homePath(caps: ReadonlySet<Capability>): string {
  // The party committee's work starts at its coverage dashboard (one who
  // also keeps the registry, such as a platform admin, starts there).
  if (caps.has('party.manage') && !caps.has('org.edit')) return '/party';
  if (caps.has('org.list')) return '/organizations';
  if (caps.has('org.own')) return '/my-organization';
  if (caps.has('case.handle') || caps.has('case.decide')) return '/workbench';
  if (caps.has('case.read')) return '/statistics';
  // A guidance officer: the organisations assigned to them, follow-ups due.
  if (caps.has('party.assigned')) return '/party/officer';
  return '/home';
}

/** What the viewer may do with one owner's documents. */
export interface DocumentAccess {
  read: boolean;
  /** Upload new documents and new versions. */
  create: boolean;
  /** Edit title, category and expiry, and delete (the API has no separate delete permission). */
  update: boolean;
}

/**
 * The document actions to offer for an organisation: the "_own" permissions
 * count only when the viewer is a member of that organisation.
 */
export function documentAccess(caps: ReadonlySet<Capability>, ownOrganization: boolean): DocumentAccess {
  const either = (any: Capability, own: Capability) => caps.has(any) || (ownOrganization && caps.has(own));
  return {
    read: either('doc.read', 'doc.readOwn'),
    create: either('doc.create', 'doc.createOwn'),
    update: either('doc.update', 'doc.updateOwn'),
  };
}
