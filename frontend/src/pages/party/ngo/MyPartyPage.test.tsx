import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../App';
import { fakeApi } from '../../../test/fakeApi';
import i18n from '../../../i18n';

const ngo = {
  __typename: 'User',
  id: '3',
  username: 'ngo',
  displayName: '阳光志愿者协会 管理员',
  status: 'ACTIVE',
  permissions: ['domain:read', 'organization:read_own', 'document:read_own', 'party:read_own', 'party_work:read_own'],
  roleAssignments: {
    __typename: 'RoleAssignmentConnection',
    edges: [{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: '1', role: 'NGO_MEMBER', domainID: '1' } }],
  },
  memberships: [{ __typename: 'Membership', id: 'm1', organization: { __typename: 'Organization', id: '41', name: '德清县阳光志愿者协会' } }],
};

const uncovered = {
  __typename: 'OrganizationPartyStatus',
  form: 'UNCOVERED',
  since: '2025-03-15T00:00:00Z',
  uncovered: true,
  partyOrganization: null,
  officer: null,
};

const dispatched = {
  __typename: 'OrganizationPartyStatus',
  form: 'DISPATCH',
  since: '2026-03-02T00:00:00Z',
  uncovered: false,
  partyOrganization: null,
  officer: { __typename: 'GuidanceOfficer', id: 'o1', name: '孙红梅', unit: '县民政局社会组织党建指导中心', phone: '13905720001' },
};

const period = (id: string, form: string, startOn: string, endOn: string | null, reason: string) => ({
  __typename: 'PartyCoverage',
  id,
  form,
  startOn,
  endOn,
  reason,
  partyOrganization: null,
});

const photo = {
  __typename: 'Document',
  id: 'd1',
  category: 'PHOTO',
  title: 'visit.png',
  expiresOn: null,
  expiry: 'NONE',
  daysUntilExpiry: null,
  versionCount: 1,
  createdAt: '2026-03-02T08:00:00Z',
  updatedAt: '2026-03-02T08:00:00Z',
  current: {
    __typename: 'DocumentVersion',
    id: 'v1',
    number: 1,
    filename: 'visit.png',
    contentType: 'image/png',
    size: 120,
    sha256: 'ab',
    createdAt: '2026-03-02T08:00:00Z',
    uploaderName: '孙红梅',
  },
};

function handlers(status: typeof uncovered | typeof dispatched, withVisit: boolean) {
  return {
    Me: () => ({ data: { me: ngo } }),
    ActingDomain: () => ({ data: { actingDomain: { __typename: 'Domain', id: '1', name: '德清县', bureauName: '德清县民政局' } } }),
    PartyWorkMyStatus: () => ({
      data: {
        node: { __typename: 'Organization', id: '41', name: '德清县阳光志愿者协会', town: '武康街道', partyStatus: status },
        coverageHistory: status.uncovered
          ? [period('p1', 'UNCOVERED', '2025-03-15T00:00:00Z', null, '党组织覆盖摸排：暂无党员')]
          : [period('p2', 'DISPATCH', '2026-03-02T00:00:00Z', null, '选派党建工作指导员 孙红梅'), period('p1', 'UNCOVERED', '2025-03-15T00:00:00Z', '2026-03-02T00:00:00Z', '党组织覆盖摸排：暂无党员')],
      },
    }),
    PartyWorkVisits: () => ({
      data: {
        partyVisits: {
          __typename: 'PartyVisitConnection',
          totalCount: withVisit ? 1 : 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: withVisit
            ? [
                {
                  __typename: 'PartyVisitEdge',
                  node: {
                    __typename: 'PartyVisit',
                    id: 'pv1',
                    visitedOn: '2026-03-02T00:00:00Z',
                    topics: '党员发展计划',
                    findings: '',
                    organization: { __typename: 'Organization', id: '41', name: '德清县阳光志愿者协会' },
                    officer: { __typename: 'GuidanceOfficer', id: 'o1', name: '孙红梅' },
                    followUps: [{ __typename: 'VisitFollowUp', id: 'f1', action: '协助制定党员发展计划', dueOn: '2026-03-31T00:00:00Z', doneOn: null }],
                    photos: [photo],
                  },
                },
              ]
            : [],
        },
      },
    }),
    PartyWorkActivities: () => ({
      data: { partyActivities: { __typename: 'PartyActivityConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } },
    }),
    PartyWorkMyPoints: () => ({ data: { myVolunteerRecord: null } }),
    DocumentDownloadURL: () => ({ data: { node: { __typename: 'DocumentVersion', id: 'v1', downloadURL: 'http://localhost/files/v1?inline=1' } } }),
  };
}

beforeEach(() => {
  window.localStorage.clear();
  void i18n.changeLanguage('zh-CN');
  vi.unstubAllGlobals();
});

describe('our party building (NGO member)', () => {
  it('marks an uncovered organisation in red: no party organisation set up', async () => {
    const { client, calls } = fakeApi(handlers(uncovered, false));
    window.history.pushState({}, '', '/party/my');
    render(<App client={client} />);
    const status = await screen.findByTestId('party-status', {}, { timeout: 8000 });
    expect(status.getAttribute('data-uncovered')).toBe('true');
    const mark = within(status).getByTestId('uncovered-risk');
    expect(mark.textContent).toBe('未建立党组织');
    // antd's red ("error") tag.
    expect(mark.className).toContain('ant-tag-error');
    expect(within(status).getByTestId('status-officer').textContent).toBe('未选派');
    expect(within(status).getByText('未覆盖')).toBeTruthy();
    expect(within(screen.getByTestId('coverage-history')).getByText('党组织覆盖摸排：暂无党员')).toBeTruthy();
    expect(within(screen.getByTestId('my-visits')).getByText('还没有走访记录')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'PartyWorkMyStatus')?.variables).toEqual({ id: '41' });
    expect(calls.find((c) => c.operationName === 'PartyWorkVisits')?.variables).toEqual({ first: 20, where: { organizationID: '41' } });
    // No volunteer record: no points card.
    expect(screen.queryByTestId('my-points')).toBeNull();
  });

  it('shows the officer with unit and phone, the visit and its photo, and no risk mark once covered', async () => {
    const { client } = fakeApi(handlers(dispatched, true));
    window.history.pushState({}, '', '/party/my');
    render(<App client={client} />);
    const status = await screen.findByTestId('party-status', {}, { timeout: 8000 });
    expect(status.getAttribute('data-form')).toBe('DISPATCH');
    expect(within(status).queryByTestId('uncovered-risk')).toBeNull();
    expect(within(status).getByTestId('status-officer').textContent).toBe('孙红梅');
    expect(within(status).getByText('县民政局社会组织党建指导中心')).toBeTruthy();
    expect(within(status).getByTestId('status-officer-phone').getAttribute('href')).toBe('tel:13905720001');
    expect(within(status).getByText('选派党建工作指导员')).toBeTruthy();

    const visit = await within(screen.getByTestId('my-visits')).findByTestId('visit-item');
    expect(within(visit).getByTestId('visit-officer').textContent).toBe('孙红梅 走访');
    expect(within(visit).getByText('党员发展计划')).toBeTruthy();
    expect(within(visit).getByText('协助制定党员发展计划')).toBeTruthy();
    const thumb = within(visit).getByTestId('party-photo');
    expect(thumb.getAttribute('data-name')).toBe('visit.png');
    await waitFor(() => expect(thumb.querySelector('img')?.getAttribute('src')).toBe('http://localhost/files/v1?inline=1'));
  });

  it('speaks English', async () => {
    const { client } = fakeApi(handlers(uncovered, false));
    await i18n.changeLanguage('en');
    window.history.pushState({}, '', '/party/my');
    render(<App client={client} />);
    const status = await screen.findByTestId('party-status', {}, { timeout: 8000 });
    expect(within(status).getByTestId('uncovered-risk').textContent).toBe('No party organisation');
    expect(within(status).getByTestId('status-officer').textContent).toBe('None sent');
    expect(screen.getByRole('heading', { name: 'Our party building' })).toBeTruthy();
  });
});
