import { describe, expect, it } from 'vitest';
import { bureauLabel } from './domainApi';
import { fieldName } from './DomainsPage';
import { capabilities } from '../../auth/permissions';
import zh from '../../i18n/zh';
import en from '../../i18n/en';

describe('the header names the county bureau', () => {
  it('prefers the bureau name, then the county name, then the generic word', () => {
    expect(bureauLabel({ name: '德清县', bureauName: '德清县民政局' }, zh.app.bureau)).toBe('德清县民政局');
    expect(bureauLabel({ name: '平阳县', bureauName: ' ' }, zh.app.bureau)).toBe('平阳县');
    expect(bureauLabel(null, zh.app.bureau)).toBe('县民政局');
  });
});

describe('domain administration', () => {
  it('is offered to holders of the cross-domain right only', () => {
    expect(capabilities(['domain:cross_domain']).has('domain.manage')).toBe(true);
    expect(capabilities(['domain:read', 'user:create']).has('domain.manage')).toBe(false);
  });

  it('places the first admin’s errors on its fields', () => {
    expect(fieldName('firstAdmin.username')).toBe('username');
    expect(fieldName('code')).toBe('code');
    expect(fieldName('firstAdmin.somethingElse')).toBe('code');
  });

  it('is translated in both languages', () => {
    expect(Object.keys(en.domains).sort()).toEqual(Object.keys(zh.domains).sort());
    expect(zh.domains.every).toBe('全部区域');
  });
});
