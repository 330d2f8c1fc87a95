import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp, Form } from 'antd';
import { Provider } from 'urql';
import i18n from '../../../i18n';
import { loadGrantTexts } from '../../../i18n/grants';
import { fakeApi } from '../../../test/fakeApi';
import { BudgetFields } from './BudgetFields';
import ProposalPanel from './ProposalPanel';

beforeAll(() => loadGrantTexts());
beforeEach(() => {
  void i18n.changeLanguage('zh-CN');
  vi.unstubAllGlobals();
});

function type(el: HTMLElement, value: string) {
  fireEvent.change(el, { target: { value } });
}

describe('the budget table', () => {
  function Budget({ initial }: { initial: Record<string, unknown> }) {
    const [form] = Form.useForm();
    return (
      <Form form={form} initialValues={initial}>
        <BudgetFields minAmount="10000" maxAmount="50000" />
      </Form>
    );
  }

  it('shows the running total as the applicant types, exactly, and warns when it differs from the request', async () => {
    render(
      <Budget
        initial={{
          budgetLines: [
            { category: '活动经费', description: '场地', amount: '0.1' },
            { category: '物资采购', description: '物资', amount: '0.2' },
          ],
          requested: '0.3',
        }}
      />,
    );
    const total = () => screen.getByTestId('budget-total');
    await waitFor(() => expect(total().getAttribute('data-total')).toBe('0.30'));
    expect(total().textContent).toContain('¥0.30');
    expect(screen.queryByTestId('budget-differs')).toBeNull();
    // The request is below the call's minimum.
    expect(screen.getByTestId('below-min').textContent).toContain('¥10,000.00');

    const amounts = screen.getAllByTestId('budget-amount');
    type(amounts[1], '29999.9');
    await waitFor(() => expect(total().getAttribute('data-total')).toBe('30000.00'));
    expect(screen.getByTestId('budget-differs').textContent).toContain('¥30,000.00');

    type(screen.getByTestId('requested'), '30000');
    await waitFor(() => expect(screen.queryByTestId('budget-differs')).toBeNull());
    expect(screen.queryByTestId('below-min')).toBeNull();

    // A line added and typed into counts at once; a half-typed amount counts as nothing and is marked.
    fireEvent.click(screen.getByTestId('add-budget-line'));
    await waitFor(() => expect(screen.getAllByTestId('budget-amount')).toHaveLength(3));
    type(screen.getAllByTestId('budget-amount')[2], '1e3');
    await waitFor(() => expect(screen.getByText('请输入金额，最多两位小数，如 12345.60')).toBeTruthy());
    expect(total().getAttribute('data-total')).toBe('30000.00');
    type(screen.getAllByTestId('budget-amount')[2], '20000.01');
    await waitFor(() => expect(total().getAttribute('data-total')).toBe('50000.01'));
    expect(total().textContent).toContain('¥50,000.01');
  });
});

const call = {
  __typename: 'GrantCall',
  id: 'call1',
  year: 2027,
  title: '2027 年度德清县公益创投',
  categories: ['为老服务', '青少年发展'],
  minAmount: '10000.00',
  maxAmount: '50000.00',
  phase: 'OPEN',
  closesAt: '2027-04-30T00:00:00Z',
  questions: [
    { __typename: 'CallQuestion', key: 'volunteers', label: '志愿者人数', kind: 'NUMBER', required: true, help: '', choices: [] },
    { __typename: 'CallQuestion', key: 'partner', label: '合作单位', kind: 'TEXT', required: false, help: '', choices: [] },
  ],
  rubric: [{ __typename: 'RubricCriterion', key: 'need', name: '需求分析', nameEn: 'Need', weight: 30, maxScore: 10, guidance: '' }],
};

function api(application: Record<string, unknown>, actions: string[], award: unknown = null) {
  return fakeApi({
    ProposalCase: () => ({
      data: {
        node: {
          __typename: 'Case',
          id: 'case9',
          state: 'DRAFT',
          programme: 'venture_grant',
          organizationID: 'org1',
          application,
          allowedActions: actions,
        },
      },
    }),
    CaseProposal: () => ({
      data: {
        proposals: {
          __typename: 'ProposalConnection',
          edges: [
            {
              __typename: 'ProposalEdge',
              node: { __typename: 'Proposal', id: 'p1', title: '银龄互助', status: 'DRAFT', requested: '0', organizationID: 'org1', call, award },
            },
          ],
        },
      },
    }),
    SaveProposalApplication: (v) => ({ data: { saveCaseApplication: { __typename: 'Case', id: 'case9', application: v.application } } }),
  });
}

const saved = {
  title: '银龄互助',
  category: '为老服务',
  budgetLines: [
    { category: '活动经费', description: '场地', amount: '1000' },
    { category: '物资采购', description: '物资', amount: '2500.5' },
  ],
  milestones: [],
  requested: '3500.50',
  answers: { volunteers: '12' },
  noDoubleFunding: false,
};

describe('the proposal panel', () => {
  it('puts each problem of a refused submission next to its field and saves exactly the form keys', async () => {
    const { client, calls } = api(saved, ['SAVE_APPLICATION', 'SUBMIT']);
    const problems = [
      { field: 'budgetLines.1.amount', message: 'too much', messageZH: '该行金额超过限额' },
      { field: 'requested', message: 'below the minimum', messageZH: '申请金额低于最低额度' },
      { field: 'answers.partner', message: 'required', messageZH: '请填写合作单位' },
      { field: 'noDoubleFunding', message: 'declare', messageZH: '请作出不重复申报承诺' },
    ];
    render(
      <Provider value={client}>
        <AntApp>
          <ProposalPanel caseID="case9" problems={problems} />
        </AntApp>
      </Provider>,
    );
    await screen.findByTestId('proposal-form');
    for (const p of problems) await screen.findByText(p.messageZH);
    // Each error sits in its own field's item.
    const amount = screen.getAllByTestId('budget-amount')[1].closest('.ant-form-item') as HTMLElement;
    expect(within(amount).getByText('该行金额超过限额')).toBeTruthy();
    const requested = screen.getByTestId('requested').closest('.ant-form-item') as HTMLElement;
    expect(within(requested).getByText('申请金额低于最低额度')).toBeTruthy();
    const declaration = screen.getByTestId('no-double-funding').closest('.ant-form-item') as HTMLElement;
    expect(within(declaration).getByText('请作出不重复申报承诺')).toBeTruthy();
    expect(screen.getByTestId('budget-total').getAttribute('data-total')).toBe('3500.50');

    fireEvent.click(screen.getByTestId('save-proposal'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'SaveProposalApplication')).toBe(true));
    const sent = calls.find((c) => c.operationName === 'SaveProposalApplication')?.variables.application as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(
      ['answers', 'budgetLines', 'category', 'cofunding', 'endsOn', 'milestones', 'noDoubleFunding', 'objectives', 'requested', 'startsOn', 'summary', 'team', 'title', 'town', 'beneficiaryGroup'].sort(),
    );
    expect(sent.answers).toEqual({ volunteers: '12', partner: '' });
    expect(sent.requested).toBe('3500.50');
  });

  it('shows the submitted form read-only with money formatted, and the award', async () => {
    const { client } = api(saved, [], { __typename: 'Award', id: 'a1', amount: '3000.00', conditions: '按季度报送进度', status: 'PROVISIONAL', cancelReason: '' });
    render(
      <Provider value={client}>
        <AntApp>
          <ProposalPanel caseID="case9" />
        </AntApp>
      </Provider>,
    );
    const view = await screen.findByTestId('proposal-view');
    expect(screen.queryByTestId('proposal-form')).toBeNull();
    // The request and the budget's total.
    expect(within(view).getAllByText('¥3,500.50')).toHaveLength(2);
    expect(within(view).getByText('¥2,500.50')).toBeTruthy();
    const award = screen.getByTestId('proposal-award');
    expect(award.getAttribute('data-status')).toBe('PROVISIONAL');
    expect(within(award).getByText('¥3,000.00')).toBeTruthy();
    expect(within(award).getByText('公示中')).toBeTruthy();
  });

  it('renders nothing for a case of another programme', async () => {
    const { client, calls } = fakeApi({
      ProposalCase: () => ({
        data: { node: { __typename: 'Case', id: 'c2', state: 'DRAFT', programme: 'incubation', organizationID: 'o', application: {}, allowedActions: [] } },
      }),
    });
    const { container } = render(
      <Provider value={client}>
        <ProposalPanel caseID="c2" />
      </Provider>,
    );
    await waitFor(() => expect(calls.some((c) => c.operationName === 'ProposalCase')).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(container.innerHTML).toBe('');
    expect(calls.some((c) => c.operationName === 'CaseProposal')).toBe(false);
  });
});
