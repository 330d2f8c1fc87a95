import { describe, expect, it } from 'vitest';
import { capabilities, documentAccess, homePath } from './permissions';

describe('capabilities from server permissions', () => {
  it('gives an NGO member only their own organisation', () => {
    const caps = capabilities(['domain:read', 'organization:read_own', 'organization:update_own']);
    expect([...caps]).toEqual(['org.own']);
    expect(homePath(caps)).toBe('/my-organization');
  });

  it('gives a bureau admin the registry, users and the audit trail', () => {
    const caps = capabilities(['organization:read', 'organization:create', 'organization:update', 'user:create', 'audit_log:read']);
    expect(caps.has('org.list') && caps.has('org.edit') && caps.has('user.manage') && caps.has('audit.view')).toBe(true);
    expect(homePath(caps)).toBe('/organizations');
  });

  it('lands a user without registry access on the home page', () => {
    expect(homePath(capabilities(['domain:read']))).toBe('/home');
  });
});

describe('document access', () => {
  const ngo = capabilities(['organization:read_own', 'document:read_own', 'document:create_own', 'document:update_own']);
  const staff = capabilities(['organization:read', 'document:read', 'document:create', 'document:update']);
  const expert = capabilities(['organization:read', 'document:read']);

  it('lets an NGO member manage only their own organisation’s documents', () => {
    expect(documentAccess(ngo, true)).toEqual({ read: true, create: true, update: true });
    expect(documentAccess(ngo, false)).toEqual({ read: false, create: false, update: false });
  });

  it('lets staff manage every organisation’s documents', () => {
    expect(documentAccess(staff, false)).toEqual({ read: true, create: true, update: true });
  });

  it('gives a reader no upload or edit buttons', () => {
    expect(documentAccess(expert, false)).toEqual({ read: true, create: false, update: false });
  });
});

describe('casework capabilities', () => {
  it('gives an NGO member their own cases and applying', () => {
    const caps = capabilities(['organization:read_own', 'service_item:read', 'case:read_own', 'case:create_own', 'case:update_own']);
    expect(['case.readOwn', 'case.apply'].every((c) => caps.has(c as never))).toBe(true);
    expect(caps.has('case.read') || caps.has('case.handle') || caps.has('serviceItem.manage')).toBe(false);
  });

  it('gives window staff the workbench and the statistics, not the catalogue', () => {
    const caps = capabilities(['service_item:read', 'case:read', 'case:handle']);
    expect(caps.has('case.read') && caps.has('case.handle')).toBe(true);
    expect(caps.has('case.decide') || caps.has('serviceItem.manage') || caps.has('calendar.update')).toBe(false);
    expect(homePath(caps)).toBe('/workbench');
  });

  it('gives the bureau admin decisions and the catalogue; the calendar only to calendar:update', () => {
    const bureau = capabilities(['service_item:create', 'service_item:update', 'case:read', 'case:handle', 'case:decide']);
    expect(bureau.has('case.decide') && bureau.has('serviceItem.manage')).toBe(true);
    expect(bureau.has('calendar.update')).toBe(false);
    expect(capabilities(['calendar:update']).has('calendar.update')).toBe(true);
  });

  it('lands a reader of the statistics there', () => {
    expect(homePath(capabilities(['case:read']))).toBe('/statistics');
  });
});

describe('venture-grant capabilities', () => {
  it('lets an NGO member apply, an expert score and staff run calls', () => {
    expect([...capabilities(['grant_call:read', 'proposal:read_own', 'proposal:create_own'])]).toEqual(['grant.apply']);
    expect([...capabilities(['grant_call:read', 'proposal:read_assigned', 'review:read_own', 'review:update_own'])]).toEqual(['review.own']);
    const staff = capabilities(['fund:read', 'grant_call:read', 'grant_call:update', 'proposal:read', 'proposal:update', 'review:update']);
    expect((['grant.funds', 'grant.manage', 'grant.read'] as const).every((c) => staff.has(c))).toBe(true);
    expect(staff.has('grant.apply') || staff.has('review.own')).toBe(false);
  });
});

describe('party-building capabilities', () => {
  it('lands the committee on its dashboard, a guidance officer on their work, an NGO member on their organisation', () => {
    const committee = capabilities(['organization:read', 'party:read', 'party:create', 'party:update', 'party_work:read']);
    expect(committee.has('party.manage') && committee.has('party.read')).toBe(true);
    expect(homePath(committee)).toBe('/party');
    const officer = capabilities(['domain:read', 'organization:read_assigned', 'party:read_assigned', 'party_work:read_assigned', 'party_work:create_own']);
    expect([...officer]).toEqual(['party.assigned']);
    expect(homePath(officer)).toBe('/party/officer');
    const ngo = capabilities(['organization:read_own', 'party:read_own', 'party_work:read_own']);
    expect([...ngo].sort()).toEqual(['org.own', 'party.own']);
    expect(homePath(ngo)).toBe('/my-organization');
  });

  it('keeps a registry admin who may do everything on the registry, and a bureau admin reading party work there', () => {
    expect(homePath(capabilities(['organization:read', 'organization:update', 'party:read', 'party:update']))).toBe('/organizations');
    const bureau = capabilities(['organization:read', 'party:read', 'party_work:read']);
    expect(bureau.has('party.read') && !bureau.has('party.manage')).toBe(true);
    expect(homePath(bureau)).toBe('/organizations');
  });
});
