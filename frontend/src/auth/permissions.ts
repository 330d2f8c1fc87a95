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
  | 'audit.view';

const matrix: Record<Role, readonly Capability[]> = {
  PLATFORM_ADMIN: ['org.list', 'org.create', 'org.edit', 'user.manage', 'audit.view'],
  BUREAU_ADMIN: ['org.list', 'org.create', 'org.edit', 'user.manage', 'audit.view'],
  INCUBATOR_STAFF: ['org.list', 'org.create', 'org.edit'],
  NGO_MEMBER: ['org.own'],
  EXPERT: ['org.list'],
  PARTY_OFFICER: ['org.list'],
  PURCHASER: ['org.list'],
  FINANCE: [],
};

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

export function capabilities(roles: readonly string[]): Set<Capability> {
  const out = new Set<Capability>();
  for (const r of roles) {
    if (isRole(r)) matrix[r].forEach((c) => out.add(c));
  }
  return out;
}

export function can(roles: readonly string[], cap: Capability): boolean {
  return capabilities(roles).has(cap);
}

/** Where to land after login or on "/". */
export function homePath(roles: readonly string[]): string {
  const caps = capabilities(roles);
  if (caps.has('org.list')) return '/organizations';
  if (caps.has('org.own')) return '/my-organization';
  return '/home';
}
