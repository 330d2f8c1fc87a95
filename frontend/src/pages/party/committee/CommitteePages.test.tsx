import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../App';
import { fakeApi } from '../../../test/fakeApi';
import i18n from '../../../i18n';
import { chinaToday } from '../shared/dates';

// ECharts draws on a canvas happy-dom lacks: the charts are stand-ins here.
vi.mock('./PartyChart', () => ({
  default: ({ x, series }: { x: string[]; series: { name: string; values: number[] }[] }) => (
    <div data-testid="chart" data-x={x.join(',')} data-series={series.map((s) => `${s.name}:${s.values.join('/')}`).join(';')} />
  ),
}));

const me = (permissions: string[], role: string) => ({
  __typename: 'User',
  id: '5',
  username: role === 'PARTY_OFFICER' ? 'party' : 'admin',
  displayName: role === 'PARTY_OFFICER' ? '社会组织综合党委' : '县民政局管理员',
  status: 'ACTIVE',
  permissions,
  roleAssignments: {
    __typename: 'RoleAssignmentConnection',
    edges: [{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: '1', role, domainID: '1' } }],
  },
  memberships: [],
});

const committee = me(
  ['domain:read', 'user:read', 'organization:read', 'party:read', 'party:create', 'party:update', 'party_work:read', 'party_work:create', 'party_work:update'],
  'PARTY_OFFICER',
);
const bureau = me(['domain:read', 'organization:read', 'party:read', 'party_work:read'], 'BUREAU_ADMIN');

const forms = (b: number, j: number, a: number, d: number, u: number) => [
  { __typename: 'CoverageFormCount', form: 'BUILD', count: b },
  { __typename: 'CoverageFormCount', form: 'JOIN', count: j },
  { __typename: 'CoverageFormCount', form: 'ATTACH', count: a },
  { __typename: 'CoverageFormCount', form: 'DISPATCH', count: d },
  { __typename: 'CoverageFormCount', form: 'UNCOVERED', count: u },
];

const group = (key: string, total: number, covered: number, byForm: ReturnType<typeof forms>) => ({
  __typename: 'CoverageGroup',
  key,
  total,
  covered,
  rate: total ? covered / total : 0,
  byForm,
});

const officerLoad = (id: string, name: string, load: number) => ({
  __typename: 'OfficerLoad',
  load,
  officer: { __typename: 'GuidanceOfficer', id, name, unit: '县委组织部' },
});

// Hand-computed: 16 + 4×… — 260 organisations, 255 covered (16 build, 9 join, 2 attach, 228 dispatch), 5 uncovered.
const statistics = {
  __typename: 'PartyStatistics',
  year: 2026,
  total: 260,
  covered: 255,
  rate: 255 / 260,
  byForm: forms(16, 9, 2, 228, 5),
  byTown: [group('武康街道', 120, 118, forms(10, 5, 1, 102, 2)), group('新市镇', 140, 137, forms(6, 4, 1, 126, 3))],
  byKind: [group('SOCIAL_GROUP', 160, 158, forms(10, 6, 2, 140, 2)), group('SOCIAL_SERVICE_AGENCY', 100, 97, forms(6, 3, 0, 88, 3))],
  trend: [
    { __typename: 'CoverageMonth', month: '2026-01', total: 258, covered: 250, rate: 250 / 258 },
    { __typename: 'CoverageMonth', month: '2026-02', total: 260, covered: 255, rate: 255 / 260 },
  ],
  partyOrganizations: [
    { __typename: 'PartyOrganizationCount', kind: 'COMMITTEE', count: 1, fullMembers: 9, probationaryMembers: 0 },
    { __typename: 'PartyOrganizationCount', kind: 'STANDALONE', count: 16, fullMembers: 80, probationaryMembers: 4 },
    { __typename: 'PartyOrganizationCount', kind: 'JOINT', count: 4, fullMembers: 30, probationaryMembers: 2 },
  ],
  officerLoads: [officerLoad('o1', '孙红梅', 30), officerLoad('o2', '钱立群', 12)],
  maxLoad: 30,
  visitsByMonth: [
    { __typename: 'MonthCount', month: '2026-01', count: 14 },
    { __typename: 'MonthCount', month: '2026-02', count: 9 },
  ],
  activitiesByType: [
    { __typename: 'ActivityTypeCount', type: 'RIVER_CLEANING', count: 3, volunteerMinutes: 5400 },
    { __typename: 'ActivityTypeCount', type: 'LEGAL_OUTREACH', count: 0, volunteerMinutes: 0 },
  ],
  volunteerMinutes: 5400,
  pointsAwarded: 900,
};

const officer = (id: string, name: string, currentLoad: number) => ({
  __typename: 'GuidanceOfficer',
  id,
  name,
  unit: '县委组织部',
  phone: '0572-8000000',
  active: true,
  currentLoad,
  maxLoad: 30,
  user: { __typename: 'User', id: `u${id}`, username: `guide${id}`, displayName: name },
});

const officers = {
  __typename: 'GuidanceOfficerConnection',
  totalCount: 2,
  edges: [
    { __typename: 'GuidanceOfficerEdge', node: officer('o1', '孙红梅', 30) },
    { __typename: 'GuidanceOfficerEdge', node: officer('o2', '钱立群', 12) },
  ],
};

const uncoveredRow = (id: string, name: string) => ({
  __typename: 'CoverageRow',
  form: 'UNCOVERED',
  since: null,
  lastVisitOn: null,
  organization: { __typename: 'Organization', id, name, uscc: '51330521MJ00000001', town: '新市镇', kind: 'SOCIAL_GROUP' },
  partyOrganization: null,
  assignment: null,
});

const common = {
  ActingDomain: () => ({ data: { actingDomain: { __typename: 'Domain', id: '1', name: '德清县', bureauName: '德清县民政局' } } }),
  PartyStatistics: () => ({ data: { partyStatistics: statistics } }),
  PartyTowns: () => ({ data: { partyStatistics: { __typename: 'PartyStatistics', year: 2026, byTown: statistics.byTown } } }),
  PartyOfficers: () => ({ data: { guidanceOfficers: officers } }),
  PartyCoverageTable: () => ({
    data: {
      partyCoverageTable: {
        __typename: 'CoverageRowConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          { __typename: 'CoverageRowEdge', cursor: 'c1', node: uncoveredRow('41', '德清县新市镇舞龙队') },
          { __typename: 'CoverageRowEdge', cursor: 'c2', node: uncoveredRow('42', '德清县新市镇书画协会') },
        ],
      },
    },
  }),
};

beforeEach(() => {
  window.localStorage.clear();
  void i18n.changeLanguage('zh-CN');
  vi.unstubAllGlobals();
});

describe('the committee dashboard', () => {
  it('shows the coverage rate, the counts by form, town and kind, officer loads and the year', async () => {
    const { client, calls } = fakeApi({ ...common, Me: () => ({ data: { me: committee } }) });
    window.history.pushState({}, '', '/party');
    render(<App client={client} />);
    const rate = await screen.findByTestId('coverage-rate', {}, { timeout: 8000 });
    // 255 / 260 = 98.08% → 98.1
    expect(rate.textContent).toBe('98.1');
    expect(screen.getByTestId('coverage-rate-card').textContent).toContain('98.1%');
    expect(screen.getByTestId('coverage-counts').textContent).toBe('已覆盖 255 家 / 共 260 家');
    expect(screen.getByTestId('uncovered-count').textContent).toBe('5');
    expect(screen.getByTestId('uncovered-link').getAttribute('href')).toBe('/party/coverage?form=UNCOVERED');
    expect(screen.getByTestId('party-org-counts').textContent).toBe('综合党委 1 · 单独党支部 16 · 联合党支部 4');

    const byForm = screen.getAllByTestId('form-row');
    expect(byForm.map((r) => r.getAttribute('data-form'))).toEqual(['BUILD', 'JOIN', 'ATTACH', 'DISPATCH', 'UNCOVERED']);
    expect(byForm.map((r) => within(r).getByTestId('form-count').textContent)).toEqual(['16', '9', '2', '228', '5']);
    expect(byForm[3].textContent).toContain('占 87.7%'); // 228 / 260
    expect(byForm[3].getAttribute('href')).toBe('/party/coverage?form=DISPATCH');

    const towns = within(screen.getByTestId('by-town-table'));
    expect(towns.getByText('武康街道')).toBeTruthy();
    const rates = screen.getByTestId('by-town-table').querySelectorAll('[data-testid="group-rate"]');
    expect([...rates].map((r) => r.textContent)).toEqual(['98.3%', '97.9%']); // 118/120, 137/140
    // The town chart stacks the forms per town.
    const townChart = await within(screen.getByTestId('by-town')).findByTestId('chart');
    expect(townChart.getAttribute('data-x')).toBe('武康街道,新市镇');
    expect(townChart.getAttribute('data-series')).toContain('选派指导员:102/126');
    expect(within(screen.getByTestId('by-kind')).getByText('社会团体')).toBeTruthy();

    // The most loaded first; a full officer's bar says so.
    const loads = screen.getAllByTestId('officer-load');
    expect(loads.map((l) => l.getAttribute('data-officer'))).toEqual(['o1', 'o2']);
    const bars = loads.map((l) => within(l).getByTestId('load-bar'));
    expect(bars.map((b) => [b.getAttribute('data-full'), b.textContent])).toEqual([
      ['true', '30 / 30'],
      ['false', '12 / 30'],
    ]);

    expect(screen.getByTestId('volunteer-hours').textContent).toBe('90');
    expect(screen.getByTestId('points-awarded').textContent).toBe('900');
    expect(within(screen.getByTestId('activities')).getByText('河道清洁')).toBeTruthy();
    expect(within(screen.getByTestId('activities')).queryByText('普法宣传')).toBeNull();
    expect((await within(screen.getByTestId('trend')).findByTestId('chart')).getAttribute('data-series')).toBe('覆盖率（%）:96.9/98.1');
    expect(calls.find((c) => c.operationName === 'PartyStatistics')?.variables).toEqual({ year: Number(chinaToday().slice(0, 4)) });
  });

  it('speaks English', async () => {
    const { client } = fakeApi({ ...common, Me: () => ({ data: { me: committee } }) });
    await i18n.changeLanguage('en');
    window.history.pushState({}, '', '/party');
    render(<App client={client} />);
    await screen.findByTestId('coverage-rate', {}, { timeout: 8000 });
    expect(screen.getByText('Party coverage rate')).toBeTruthy();
    expect(screen.getByTestId('coverage-counts').textContent).toBe('255 of 260 organisations covered');
    expect(within(screen.getByTestId('by-kind')).getByText('Social group')).toBeTruthy();
  });

  it('is refused to those without party:read', async () => {
    const { client } = fakeApi({ ...common, Me: () => ({ data: { me: me(['domain:read', 'organization:read'], 'INCUBATOR_STAFF') } }) });
    window.history.pushState({}, '', '/party');
    render(<App client={client} />);
    expect(await screen.findByText('无权访问', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByTestId('coverage-rate')).toBeNull();
  });
});

describe('the uncovered list', () => {
  it('marks each organisation and assigns an officer, showing each one’s load', async () => {
    let refuse = true;
    const { client, calls } = fakeApi({
      ...common,
      Me: () => ({ data: { me: committee } }),
      AssignGuidanceOfficer: () =>
        refuse
          ? {
              errors: [
                {
                  message: '钱立群 已指导 30 家组织，达到本县上限；请另选指导员或调整上限',
                  extensions: { code: 'CONFLICT', reason: 'OFFICER_FULL', field: 'officerID', maxLoad: 30 },
                },
              ],
            }
          : { data: { assignGuidanceOfficer: { __typename: 'OfficerAssignment', id: 'a9', startOn: '2026-03-01T00:00:00Z', officer: { __typename: 'GuidanceOfficer', id: 'o2', name: '钱立群', currentLoad: 13 } } } },
    });
    window.history.pushState({}, '', '/party/coverage?form=UNCOVERED');
    render(<App client={client} />);
    const table = await screen.findByTestId('coverage-table', {}, { timeout: 8000 });
    await within(table).findByText('德清县新市镇舞龙队');
    expect(screen.getByRole('heading', { name: '未覆盖组织' })).toBeTruthy();
    expect(within(table).getAllByTestId('uncovered-risk').map((t) => t.textContent)).toEqual(['未建立党组织', '未建立党组织']);
    await waitFor(() => expect(calls.find((c) => c.operationName === 'PartyCoverageTable')?.variables).toEqual({ first: 50, filter: { form: 'UNCOVERED' } }));

    fireEvent.click(within(table).getAllByTestId('assign-officer')[0]);
    const dialog = (await screen.findByTestId('assign-form')).closest('.ant-modal-content') as HTMLElement;
    expect(within(dialog).getByText('指派党建工作指导员：德清县新市镇舞龙队')).toBeTruthy();
    // Those with room first; the full one is shown, disabled, with a note.
    const options = await within(dialog).findAllByTestId('officer-option');
    expect(options.map((o) => [o.getAttribute('data-officer'), o.getAttribute('data-full')])).toEqual([
      ['o2', 'false'],
      ['o1', 'true'],
    ]);
    expect(within(options[0]).getByTestId('load-bar').textContent).toBe('12 / 30');
    expect(within(options[1]).getByTestId('load-bar').textContent).toBe('30 / 30');
    expect((options[1].querySelector('input[type=radio]') as HTMLInputElement).disabled).toBe(true);
    expect(within(options[1]).getByTestId('officer-full-note').textContent).toBe('已达上限 30 家，不能再指派');

    fireEvent.click(options[0].querySelector('input[type=radio]') as HTMLInputElement);
    fireEvent.change(within(dialog).getByPlaceholderText('例如：联系方式、首次走访安排'), { target: { value: '每月走访一次' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /指\s*派/ }));
    // The server's refusal shows at the officer field, in Chinese.
    const explain = await within(dialog).findByText('钱立群 已指导 30 家组织，达到本县上限；请另选指导员或调整上限');
    expect(explain.closest('.ant-form-item-explain')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'AssignGuidanceOfficer').at(-1)?.variables).toEqual({
      organizationID: '41',
      officerID: 'o2',
      startOn: `${chinaToday()}T00:00:00+08:00`,
      note: '每月走访一次',
    });

    refuse = false;
    fireEvent.click(within(dialog).getByRole('button', { name: /指\s*派/ }));
    expect(await screen.findByText('已指派 钱立群 指导 德清县新市镇舞龙队')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('assign-form')).toBeNull());
  });

  it('puts a refusal that concerns no field of the dialog above the form', async () => {
    const { client } = fakeApi({
      ...common,
      Me: () => ({ data: { me: committee } }),
      AssignGuidanceOfficer: () => ({
        errors: [
          {
            message: '德清县新市镇舞龙队 已单独组建，党建工作指导员选派给尚无党组织的社会组织',
            extensions: { code: 'BAD_USER_INPUT', reason: 'ALREADY_COVERED', field: 'organizationID' },
          },
        ],
      }),
    });
    window.history.pushState({}, '', '/party/coverage?form=UNCOVERED');
    render(<App client={client} />);
    const table = await screen.findByTestId('coverage-table', {}, { timeout: 8000 });
    fireEvent.click((await within(table).findAllByTestId('assign-officer'))[0]);
    const dialog = (await screen.findByTestId('assign-form')).closest('.ant-modal-content') as HTMLElement;
    const options = await within(dialog).findAllByTestId('officer-option');
    fireEvent.click(options[0].querySelector('input[type=radio]') as HTMLInputElement);
    fireEvent.click(within(dialog).getByRole('button', { name: /指\s*派/ }));
    expect((await within(dialog).findByTestId('assign-error')).textContent).toContain('已单独组建');
  });

  it('is read-only for the bureau: no assign action', async () => {
    const { client } = fakeApi({ ...common, Me: () => ({ data: { me: bureau } }) });
    window.history.pushState({}, '', '/party/coverage?form=UNCOVERED');
    render(<App client={client} />);
    const table = await screen.findByTestId('coverage-table', {}, { timeout: 8000 });
    await within(table).findByText('德清县新市镇舞龙队');
    expect(within(table).queryByTestId('assign-officer')).toBeNull();
    expect(screen.getByText('只读：党建工作由社会组织综合党委维护。')).toBeTruthy();
  });
});

describe('party organisations', () => {
  it('shows the server’s three-member rule at the full-members field', async () => {
    const { client, calls } = fakeApi({
      ...common,
      Me: () => ({ data: { me: committee } }),
      PartyOrganizations: () => ({
        data: {
          partyOrganizations: {
            __typename: 'PartyOrganizationConnection',
            totalCount: 1,
            edges: [
              {
                __typename: 'PartyOrganizationEdge',
                node: {
                  __typename: 'PartyOrganization',
                  id: 'p1',
                  kind: 'COMMITTEE',
                  name: '中共德清县社会组织综合委员会',
                  parentID: null,
                  parent: null,
                  organizationID: null,
                  organization: null,
                  secretary: '沈建国',
                  secretaryPhone: '0572-8011111',
                  fullMembers: 9,
                  probationaryMembers: 0,
                  foundedOn: '2018-06-28T00:00:00Z',
                  dissolvedOn: null,
                  coveredCount: 0,
                },
              },
            ],
          },
        },
      }),
      CreatePartyOrganization: () => ({
        errors: [
          {
            message: '成立党支部须有正式党员3名以上；不足3名的，可联合组建或选派党建工作指导员',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'BRANCH_NEEDS_THREE_MEMBERS',
              field: 'fullMembers',
              problems: [
                {
                  field: 'fullMembers',
                  message: 'a party branch needs at least 3 full party members; with fewer, join a joint branch or have a guidance officer sent',
                  messageZH: '成立党支部须有正式党员3名以上；不足3名的，可联合组建或选派党建工作指导员',
                },
              ],
            },
          },
        ],
      }),
    });
    window.history.pushState({}, '', '/party/organizations');
    render(<App client={client} />);
    const table = await screen.findByTestId('party-org-table', {}, { timeout: 8000 });
    expect(within(table).getByText('中共德清县社会组织综合委员会')).toBeTruthy();
    fireEvent.click(screen.getByTestId('add-party-org'));
    const form = await screen.findByTestId('party-org-form');
    const dialog = form.closest('.ant-modal-content') as HTMLElement;
    // A joint branch: no owning organisation is needed.
    fireEvent.mouseDown(within(form).getAllByRole('combobox')[0]);
    fireEvent.click(await screen.findByTitle('联合党支部'));
    fireEvent.change(within(form).getByLabelText('党组织名称'), { target: { value: '中共德清县新市镇社会组织联合支部' } });
    fireEvent.change(within(form).getByTestId('party-org-full'), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    const explain = await within(dialog).findByText('成立党支部须有正式党员3名以上；不足3名的，可联合组建或选派党建工作指导员');
    expect(explain.closest('.ant-form-item')?.textContent).toContain('正式党员');
    const sent = calls.find((c) => c.operationName === 'CreatePartyOrganization')?.variables.input as Record<string, unknown>;
    expect(sent).toMatchObject({ kind: 'JOINT', name: '中共德清县新市镇社会组织联合支部', fullMembers: 2, parentID: 'p1' });
    expect(sent.foundedOn).toBe(`${chinaToday()}T00:00:00+08:00`);
  });
});

describe('an organisation’s coverage', () => {
  it('shows both histories and hands over, the new officer’s refusal at the officer field', async () => {
    const { client, calls } = fakeApi({
      ...common,
      Me: () => ({ data: { me: committee } }),
      PartyOrgCoverage: () => ({
        data: {
          node: {
            __typename: 'Organization',
            id: '41',
            name: '德清县新市镇舞龙队',
            uscc: '51330521MJ00000001',
            town: '新市镇',
            kind: 'SOCIAL_GROUP',
            status: 'ACTIVE',
            partyStatus: {
              __typename: 'OrganizationPartyStatus',
              form: 'DISPATCH',
              since: '2025-04-01T00:00:00Z',
              uncovered: false,
              partyOrganization: null,
              officer: { __typename: 'GuidanceOfficer', id: 'o3', name: '周志刚' },
            },
          },
          coverageHistory: [
            { __typename: 'PartyCoverage', id: 'pc2', form: 'DISPATCH', startOn: '2025-04-01T00:00:00Z', endOn: null, reason: '选派党建工作指导员 周志刚', endReason: '', partyOrganization: null },
            { __typename: 'PartyCoverage', id: 'pc1', form: 'UNCOVERED', startOn: '2024-01-01T00:00:00Z', endOn: '2025-04-01T00:00:00Z', reason: '登记', endReason: '选派指导员', partyOrganization: null },
          ],
          assignmentHistory: [
            {
              __typename: 'OfficerAssignment',
              id: 'a1',
              startOn: '2025-04-01T00:00:00Z',
              endOn: null,
              note: '',
              endReason: '',
              officer: { __typename: 'GuidanceOfficer', id: 'o3', name: '周志刚', unit: '新市镇党委', phone: '', currentLoad: 8, maxLoad: 30 },
              predecessor: null,
            },
          ],
        },
      }),
      HandOverAssignment: () => ({
        errors: [{ message: '钱立群 已指导 30 家组织，达到本县上限；请另选指导员或调整上限', extensions: { code: 'CONFLICT', reason: 'OFFICER_FULL', field: 'officerID', maxLoad: 30 } }],
      }),
    });
    window.history.pushState({}, '', '/party/coverage/41');
    render(<App client={client} />);
    const periods = await screen.findAllByTestId('coverage-period', {}, { timeout: 8000 });
    expect(periods.map((p) => p.getAttribute('data-form'))).toEqual(['DISPATCH', 'UNCOVERED']);
    expect(periods[0].textContent).toContain('至今');
    expect(periods[1].textContent).toContain('选派指导员');
    expect(screen.getAllByTestId('assignment-period')[0].textContent).toContain('周志刚');

    fireEvent.click(screen.getByTestId('hand-over'));
    const options = await screen.findAllByTestId('officer-option');
    // The officer handing over is not offered.
    expect(options.map((o) => o.getAttribute('data-officer'))).toEqual(['o2', 'o1']);
    const dialog = options[0].closest('.ant-modal-content') as HTMLElement;
    fireEvent.click(options[0].querySelector('input[type=radio]') as HTMLInputElement);
    fireEvent.change(within(dialog).getByPlaceholderText('请说明原因，将记入变更记录'), { target: { value: '工作调动' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    const explain = await within(dialog).findByText('钱立群 已指导 30 家组织，达到本县上限；请另选指导员或调整上限');
    expect(explain.closest('.ant-form-item')?.textContent).toContain('接任指导员');
    expect(calls.find((c) => c.operationName === 'HandOverAssignment')?.variables).toEqual({
      assignmentID: 'a1',
      toOfficerID: 'o2',
      on: `${chinaToday()}T00:00:00+08:00`,
      reason: '工作调动',
    });
  });
});
