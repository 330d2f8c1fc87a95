import { describe, expect, it } from 'vitest';
import { APPLICATION_KEYS, budgetSummary, fromApplication, problemFieldErrors, problemNamePath, toApplication } from './proposalForm';

describe('budgetSummary', () => {
  const range = { min: '10000', max: '50000.00' };
  it('adds the lines exactly and compares with the request', () => {
    const lines = [{ amount: '0.1' }, { amount: '0.2' }, { amount: '29999.7' }];
    expect(budgetSummary(lines, '30000', range)).toEqual({ total: '30000.00', invalid: [], differs: false, belowMin: false, aboveMax: false });
    expect(budgetSummary(lines, '30000.01', range).differs).toBe(true);
  });

  it('marks lines that are not amounts and counts them as nothing', () => {
    const s = budgetSummary([{ amount: '100' }, { amount: '1e3' }, { amount: '' }, undefined, { amount: '12.345' }, { amount: '-5' }], '100', range);
    expect(s.total).toBe('100.00');
    expect(s.invalid).toEqual([1, 4, 5]);
    expect(s.differs).toBe(false);
  });

  it('says nothing about a request not yet typed or not an amount', () => {
    expect(budgetSummary([{ amount: '5' }], '', range)).toMatchObject({ differs: false, belowMin: false, aboveMax: false });
    expect(budgetSummary([{ amount: '5' }], '5,000', range)).toMatchObject({ differs: false, belowMin: false, aboveMax: false });
    expect(budgetSummary(undefined, undefined).total).toBe('0.00');
  });

  it("checks the request against the call's minimum and maximum", () => {
    expect(budgetSummary([], '9999.99', range)).toMatchObject({ belowMin: true, aboveMax: false });
    expect(budgetSummary([], '10000.00', range)).toMatchObject({ belowMin: false, aboveMax: false });
    expect(budgetSummary([], '50000', range)).toMatchObject({ belowMin: false, aboveMax: false });
    expect(budgetSummary([], '50000.01', range)).toMatchObject({ belowMin: false, aboveMax: true });
  });
});

describe('problems to fields', () => {
  it.each([
    ['title', ['title']],
    ['budgetLines', ['budgetLines']],
    ['budgetLines.2.amount', ['budgetLines', 2, 'amount']],
    ['milestones.0.dueOn', ['milestones', 0, 'dueOn']],
    ['milestones.3', ['milestones', 3, 'title']],
    ['budgetLines.1', ['budgetLines', 1, 'category']],
    ['answers.partner_org', ['answers', 'partner_org']],
    ['answers.q.1', ['answers', 'q.1']],
    ['answers.2', ['answers', '2']],
    ['noDoubleFunding', ['noDoubleFunding']],
  ])('%s names %j', (field, path) => {
    expect(problemNamePath(field)).toEqual(path);
  });

  it('puts every problem next to its field, several of one field together, and leaves the others to the alert', () => {
    const problems = [
      { field: 'requested', message: 'above the maximum', messageZH: '高于最高额度' },
      { field: 'budgetLines.1.amount', message: 'not an amount', messageZH: '金额格式不对' },
      { field: 'requested', message: 'differs from the budget', messageZH: '与预算合计不一致' },
      { field: 'answers.volunteers', message: 'required', messageZH: '必填' },
      { field: 'noDoubleFunding', message: 'declare', messageZH: '请确认' },
      { field: 'organization', message: 'not a form field', messageZH: '不是表单字段' },
    ];
    expect(problemFieldErrors(problems, (p) => p.messageZH)).toEqual([
      { name: ['requested'], errors: ['高于最高额度', '与预算合计不一致'] },
      { name: ['budgetLines', 1, 'amount'], errors: ['金额格式不对'] },
      { name: ['answers', 'volunteers'], errors: ['必填'] },
      { name: ['noDoubleFunding'], errors: ['请确认'] },
    ]);
  });
});

describe('the saved form', () => {
  it('has exactly the keys the server decodes, whatever the form held', () => {
    const saved = toApplication(
      {
        title: '  银龄互助 ',
        beneficiaryCount: 120,
        budgetLines: [{ category: '活动经费', description: '场地', amount: ' 1200.5 ' }, undefined as never],
        milestones: [{ title: '启动', dueOn: '2027-03-01' }],
        answers: { volunteers: ' 30 ', stale: 'dropped' },
        noDoubleFunding: true,
        // Not a key of the form: never saved.
        ...({ extra: 'x' } as object),
      },
      ['volunteers', 'plan'],
    );
    expect(Object.keys(saved).sort()).toEqual([...APPLICATION_KEYS].sort());
    expect(saved.title).toBe('银龄互助');
    expect(saved.beneficiaryCount).toBe(120);
    expect(saved.budgetLines).toEqual([
      { category: '活动经费', description: '场地', amount: '1200.5' },
      { category: '', description: '', amount: '' },
    ]);
    expect(saved.answers).toEqual({ volunteers: '30', plan: '' });
    expect(saved.noDoubleFunding).toBe(true);
    expect(JSON.parse(JSON.stringify(saved))).not.toHaveProperty('extra');
  });

  it('reads back what an older or empty case holds', () => {
    expect(fromApplication(null)).toMatchObject({ title: '', budgetLines: [], milestones: [], answers: {}, noDoubleFunding: false });
    expect(fromApplication({ beneficiaryCount: '45', requested: 30000, noDoubleFunding: 'yes' })).toMatchObject({
      beneficiaryCount: 45,
      requested: '30000',
      noDoubleFunding: false,
    });
  });
});
