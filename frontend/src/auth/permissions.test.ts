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
