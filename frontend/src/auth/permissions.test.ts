import { describe, expect, it } from 'vitest';
import { capabilities, homePath } from './permissions';

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
