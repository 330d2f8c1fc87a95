import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../App';
import { fakeApi } from '../../test/fakeApi';
import i18n from '../../i18n';

const ngoUser = {
  __typename: 'User',
  id: '7',
  username: 'ngo',
  displayName: '阳光志愿者协会 联络员',
  status: 'ACTIVE',
  permissions: ['domain:read', 'organization:read_own', 'grant_call:read', 'proposal:read_own', 'proposal:create_own'],
  roleAssignments: {
    __typename: 'RoleAssignmentConnection',
    edges: [{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: '1', role: 'NGO_MEMBER', domainID: '1' } }],
  },
  memberships: [{ __typename: 'Membership', id: '3', organization: { __typename: 'Organization', id: '42', name: '德清县阳光志愿者协会' } }],
};

const call = {
  __typename: 'GrantCall',
  id: 'c1',
  year: 2027,
  title: '2027 年度公益创投',
  description: '',
  categories: ['为老服务'],
  minAmount: '10000.00',
  maxAmount: '50000.00',
  opensAt: '2027-03-01T00:00:00Z',
  closesAt: '2027-04-30T00:00:00Z',
  budget: '1200000.00',
  phase: 'OPEN',
  announcing: false,
};

const common = {
  ActingDomain: () => ({ data: { actingDomain: { __typename: 'Domain', id: '1', name: '德清县', bureauName: '德清县民政局' } } }),
  MyProposals: () => ({ data: { proposals: { __typename: 'ProposalConnection', edges: [] } } }),
  NgoGrantCalls: () => ({ data: { grantCalls: { __typename: 'GrantCallConnection', edges: [{ __typename: 'GrantCallEdge', node: call }] } } }),
};

beforeEach(() => {
  window.localStorage.clear();
  void i18n.changeLanguage('zh-CN');
  vi.unstubAllGlobals();
});

describe('venture grants for an NGO member', () => {
  it('lists every eligibility problem at once, then starts a proposal and opens its case', async () => {
    let eligible = false;
    const { client, calls } = fakeApi({
      ...common,
      Me: () => ({ data: { me: ngoUser } }),
      GrantEligibility: () => ({
        data: {
          grantEligibility: eligible
            ? { __typename: 'EligibilityResult', eligible: true, problems: [] }
            : {
                __typename: 'EligibilityResult',
                eligible: false,
                problems: [
                  { __typename: 'EligibilityProblem', code: 'TOO_NEW', message: '成立未满 12 个月' },
                  { __typename: 'EligibilityProblem', code: 'ABNORMAL_LIST', message: '被列入活动异常名录' },
                ],
              },
        },
      }),
      StartProposal: () => ({ data: { startProposal: { __typename: 'Proposal', id: 'p1', caseID: 'case9', case: { __typename: 'Case', id: 'case9' } } } }),
    });
    window.history.pushState({}, '', '/grants');
    render(<App client={client} />);
    const item = await screen.findByTestId('grant-call', {}, { timeout: 8000 });
    expect(item.textContent).toContain('¥1,200,000.00');
    expect(item.textContent).toContain('¥10,000.00');
    // The menu has the programme's group.
    expect(within(screen.getByTestId('main-nav')).getByText('公益创投')).toBeTruthy();

    fireEvent.click(within(item).getByTestId('check-eligibility'));
    const problems = await screen.findByTestId('eligibility-problems');
    expect([...problems.querySelectorAll('[data-code]')].map((e) => e.getAttribute('data-code'))).toEqual(['TOO_NEW', 'ABNORMAL_LIST']);
    expect(problems.textContent).toContain('成立未满 12 个月');
    expect(screen.queryByTestId('start-proposal')).toBeNull();
    expect(calls.find((c) => c.operationName === 'GrantEligibility')?.variables).toEqual({ callID: 'c1', organizationID: '42' });

    eligible = true;
    fireEvent.click(within(item).getByTestId('check-eligibility'));
    await screen.findByTestId('eligibility-ok');
    fireEvent.click(screen.getByTestId('start-proposal'));
    const title = await screen.findByTestId('proposal-title');
    fireEvent.change(title, { target: { value: '银龄互助' } });
    fireEvent.click(within(title.closest('.ant-modal-content') as HTMLElement).getByRole('button', { name: /开始申报/ }));
    await waitFor(() => expect(window.location.pathname).toBe('/cases/case9'));
    expect(calls.find((c) => c.operationName === 'StartProposal')?.variables).toEqual({ callID: 'c1', organizationID: '42', title: '银龄互助' });
  });
});

describe('the public page', () => {
  it('shows calls and their awards without logging in', async () => {
    const { client, calls } = fakeApi({
      Me: () => ({ data: { me: null } }),
      PublicGrantCalls: () => ({
        data: {
          publicGrantCalls: [
            {
              ...call,
              __typename: 'PublicGrantCall',
              announcedOn: '2027-06-01T00:00:00Z',
              announcementEndsOn: '2027-06-08T00:00:00Z',
              awards: [
                { __typename: 'PublicAward', organizationName: '德清县阳光志愿者协会', projectTitle: '银龄互助', category: '为老服务', amount: '30000.00', status: 'PROVISIONAL' },
                { __typename: 'PublicAward', organizationName: '德清县彩虹桥社工', projectTitle: '四点半课堂', category: '为老服务', amount: '20000.5', status: 'FINAL' },
              ],
            },
          ],
        },
      }),
    });
    window.history.pushState({}, '', '/public/grants');
    render(<App client={client} />);
    const table = await screen.findByTestId('public-awards', {}, { timeout: 8000 });
    expect(table.textContent).toContain('¥30,000.00');
    expect(table.textContent).toContain('¥20,000.50');
    expect(table.textContent).toContain('公示中');
    expect(screen.getByTestId('public-awards-total').textContent).toContain('¥50,000.50');
    expect(window.location.pathname).toBe('/public/grants');
    expect(calls.some((c) => c.operationName === 'PublicGrantCalls')).toBe(true);
  });

  it('is linked from the login page', async () => {
    const { client } = fakeApi({ Me: () => ({ data: { me: null } }), PublicGrantCalls: () => ({ data: { publicGrantCalls: [] } }) });
    window.history.pushState({}, '', '/login');
    render(<App client={client} />);
    fireEvent.click(await screen.findByTestId('public-grants-link'));
    await waitFor(() => expect(window.location.pathname).toBe('/public/grants'));
    expect(await screen.findByText('暂无可公示的批次', {}, { timeout: 8000 })).toBeTruthy();
  });
});
