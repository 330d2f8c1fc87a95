import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../App';
import { fakeApi } from '../../../test/fakeApi';
import i18n from '../../../i18n';
import { chinaToday } from '../shared/dates';
import { followUpDue, joinMinutes, splitMinutes, visitInput } from './model';

const guide = {
  __typename: 'User',
  id: '9',
  username: 'guide',
  displayName: '孙红梅',
  status: 'ACTIVE',
  permissions: ['domain:read', 'organization:read_assigned', 'document:read_own', 'party:read_assigned', 'party_work:read_assigned', 'party_work:create_own'],
  roleAssignments: {
    __typename: 'RoleAssignmentConnection',
    edges: [{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: '1', role: 'GUIDANCE_OFFICER', domainID: '1' } }],
  },
  memberships: [],
};

const row = (id: string, name: string) => ({
  __typename: 'CoverageRowEdge',
  node: {
    __typename: 'CoverageRow',
    id,
    form: 'DISPATCH',
    since: '2025-03-01T00:00:00Z',
    lastVisitOn: null,
    organization: { __typename: 'Organization', id, name, town: '武康街道', kind: 'SOCIAL_GROUP' },
    assignment: { __typename: 'OfficerAssignment', id: `a${id}`, startOn: '2025-03-01T00:00:00Z' },
  },
});

const common = {
  Me: () => ({ data: { me: guide } }),
  ActingDomain: () => ({ data: { actingDomain: { __typename: 'Domain', id: '1', name: '德清县', bureauName: '德清县民政局' } } }),
  PartyWorkOrganizations: () => ({
    data: {
      partyCoverageTable: {
        __typename: 'CoverageRowConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [row('41', '德清县阳光志愿者协会'), row('42', '德清县青少年成长服务中心')],
      },
    },
  }),
};

beforeEach(() => {
  window.localStorage.clear();
  void i18n.changeLanguage('zh-CN');
  vi.unstubAllGlobals();
});

describe('the visit form', () => {
  it('shows each of the server’s problems at its field, a follow-up’s at its row', async () => {
    const { client, calls } = fakeApi({
      ...common,
      PartyWorkLogVisit: () => ({
        errors: [
          {
            message: '后续事项的期限不能早于走访日期（另有 1 处问题）',
            path: ['logVisit'],
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'followUps.1.dueOn',
              problems: [
                { field: 'followUps.1.dueOn', message: 'a follow-up is due on or after the visit', messageZH: '后续事项的期限不能早于走访日期' },
                { field: 'topics', message: 'say what the visit was about', messageZH: '请填写走访主题' },
                { field: 'elsewhere', message: 'something the form does not show', messageZH: '表单以外的问题' },
              ],
            },
          },
        ],
      }),
    });
    window.history.pushState({}, '', '/party/visits/new?org=41');
    render(<App client={client} />);
    const form = await screen.findByTestId('visit-form', {}, { timeout: 8000 });
    // The organisation of the link is chosen, by name, among the officer's own.
    await within(form).findByTitle('德清县阳光志愿者协会');
    expect(calls.find((c) => c.operationName === 'PartyWorkOrganizations')?.variables).toEqual({ first: 50, filter: { form: 'DISPATCH' } });

    fireEvent.change(within(form).getByTestId('visit-topics'), { target: { value: '  党员发展计划  ' } });
    fireEvent.change(within(form).getByTestId('visit-findings'), { target: { value: '组织生活记录不全' } });
    fireEvent.click(within(form).getByTestId('add-follow-up'));
    fireEvent.click(within(form).getByTestId('add-follow-up'));
    fireEvent.click(within(form).getByTestId('add-follow-up'));
    let rows = within(form).getAllByTestId('follow-up-row');
    expect(rows).toHaveLength(3);
    // The middle one goes again: rows are sent in the form's order.
    fireEvent.click(within(rows[1]).getByTestId('remove-follow-up'));
    rows = within(form).getAllByTestId('follow-up-row');
    expect(rows).toHaveLength(2);
    fireEvent.change(within(rows[0]).getByTestId('follow-up-action'), { target: { value: '协助制定党员发展计划' } });
    fireEvent.change(within(rows[0]).getByTestId('follow-up-due'), { target: { value: '2099-01-31' } });
    fireEvent.change(within(rows[1]).getByTestId('follow-up-action'), { target: { value: '补齐组织生活记录' } });
    fireEvent.change(within(rows[1]).getByTestId('follow-up-due'), { target: { value: '2020-01-01' } });
    fireEvent.click(within(form).getByTestId('visit-submit'));

    // The second row's due date, the topics, and the rest above the form.
    const due = await within(rows[1]).findByText('后续事项的期限不能早于走访日期');
    expect(due.closest('.ant-form-item')?.querySelector('[data-testid=follow-up-due]')).toBeTruthy();
    expect(within(rows[0]).queryByText('后续事项的期限不能早于走访日期')).toBeNull();
    const topics = within(form).getByText('请填写走访主题');
    expect(topics.closest('.ant-form-item')?.querySelector('[data-testid=visit-topics]')).toBeTruthy();
    expect(within(form).getByTestId('visit-error').textContent).toContain('表单以外的问题');

    const today = chinaToday();
    expect(calls.find((c) => c.operationName === 'PartyWorkLogVisit')?.variables).toEqual({
      input: {
        organizationID: '41',
        visitedOn: `${today}T00:00:00+08:00`,
        topics: '党员发展计划',
        findings: '组织生活记录不全',
        followUps: [
          { action: '协助制定党员发展计划', dueOn: '2099-01-31T00:00:00+08:00' },
          { action: '补齐组织生活记录', dueOn: '2020-01-01T00:00:00+08:00' },
        ],
      },
    });

    // Changing the field clears its message on the next try; English messages in English.
    await i18n.changeLanguage('en');
    fireEvent.click(within(form).getByTestId('visit-submit'));
    expect(await within(rows[1]).findByText('a follow-up is due on or after the visit')).toBeTruthy();
  });

  it('asks for what is missing before sending anything', async () => {
    const { client, calls } = fakeApi({ ...common });
    window.history.pushState({}, '', '/party/visits/new');
    render(<App client={client} />);
    const form = await screen.findByTestId('visit-form', {}, { timeout: 8000 });
    fireEvent.click(within(form).getByTestId('add-follow-up'));
    fireEvent.click(within(form).getByTestId('visit-submit'));
    expect(await within(form).findByText('请选择社会组织')).toBeTruthy();
    expect(within(form).getByText('请填写走访内容')).toBeTruthy();
    expect(within(form).getByText('请填写事项')).toBeTruthy();
    expect(within(form).getByText('请填写办结期限')).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.operationName === 'PartyWorkLogVisit')).toBe(false));
  });
});

describe('party work model', () => {
  it('tells overdue, due today and upcoming follow-ups apart', () => {
    expect(followUpDue('2026-03-01T00:00:00Z', '2026-03-04')).toEqual({ kind: 'overdue', days: 3 });
    expect(followUpDue('2026-03-04T00:00:00Z', '2026-03-04')).toEqual({ kind: 'today' });
    expect(followUpDue('2026-04-01T00:00:00Z', '2026-03-30')).toEqual({ kind: 'upcoming', days: 2 });
  });

  it('turns hours and minutes into minutes and back', () => {
    expect(joinMinutes(2, 30)).toBe(150);
    expect(joinMinutes(null, 45)).toBe(45);
    expect(joinMinutes(undefined, undefined)).toBe(0);
    expect(splitMinutes(150)).toEqual({ hours: 2, minutes: 30 });
    expect(splitMinutes(59)).toEqual({ hours: 0, minutes: 59 });
  });

  it('leaves out an empty findings and follow-ups', () => {
    expect(visitInput({ organizationID: '41', visitedOn: '2026-03-01', topics: ' 走访 ', findings: '  ', followUps: [] })).toEqual({
      organizationID: '41',
      visitedOn: '2026-03-01T00:00:00+08:00',
      topics: '走访',
    });
  });
});
