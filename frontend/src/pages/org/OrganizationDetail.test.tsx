import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../App';
import { fakeApi } from '../../test/fakeApi';
import i18n from '../../i18n';

const bureau = {
  __typename: 'User',
  id: '5',
  username: 'admin',
  displayName: '县民政局管理员',
  status: 'ACTIVE',
  permissions: ['domain:read', 'organization:read', 'party:read'],
  roleAssignments: {
    __typename: 'RoleAssignmentConnection',
    edges: [{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: '1', role: 'BUREAU_ADMIN', domainID: '1' } }],
  },
  memberships: [],
};

const org = (partyStatus: { uncovered: boolean } | null) => ({
  __typename: 'Organization',
  id: '41',
  version: 1,
  name: '德清县阳光志愿者协会',
  uscc: '51330521MJ0000001X',
  kind: 'SOCIAL_GROUP',
  stage: 'STARTUP',
  serviceFields: [],
  registeredOn: null,
  legalRepresentative: null,
  contactPerson: null,
  contactPhone: null,
  address: null,
  town: '武康街道',
  charityStatus: 'NONE',
  status: 'ACTIVE',
  createdAt: '2026-01-05T08:00:00Z',
  updatedAt: '2026-01-05T08:00:00Z',
  partyStatus: partyStatus && { __typename: 'OrganizationPartyStatus', ...partyStatus },
});

function open(partyStatus: { uncovered: boolean } | null) {
  const { client } = fakeApi({
    Me: () => ({ data: { me: bureau } }),
    ActingDomain: () => ({ data: { actingDomain: { __typename: 'Domain', id: '1', name: '德清县', bureauName: '德清县民政局' } } }),
    Organization: () => ({ data: { node: org(partyStatus) } }),
  });
  window.history.pushState({}, '', '/organizations/41');
  render(<App client={client} />);
}

beforeEach(() => {
  window.localStorage.clear();
  void i18n.changeLanguage('zh-CN');
  vi.unstubAllGlobals();
});

describe('the registry record of an organisation', () => {
  it('shows the risk mark "no party organisation" for an uncovered organisation', async () => {
    open({ uncovered: true });
    const mark = await screen.findByTestId('org-risk-no-party', {}, { timeout: 8000 });
    expect(mark.textContent).toBe('未建立党组织');
    expect(mark.className).toContain('ant-tag-red');
  });

  it('shows no mark for a covered organisation', async () => {
    open({ uncovered: false });
    await screen.findByTestId('org-name', {}, { timeout: 8000 });
    expect(screen.queryByTestId('org-risk-no-party')).toBeNull();
  });

  it('shows no mark when coverage is not readable (null)', async () => {
    open(null);
    await screen.findByTestId('org-name', {}, { timeout: 8000 });
    expect(screen.queryByTestId('org-risk-no-party')).toBeNull();
  });
});
