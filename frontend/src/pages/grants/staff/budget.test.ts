import { describe, expect, it } from 'vitest';
import { budgetLeft } from './budget';

describe('budgetLeft', () => {
  it('subtracts exactly the amounts being awarded', () => {
    const r = budgetLeft('100000.00', [
      { kind: 'AWARD', amount: '30000' },
      { kind: 'AWARD', amount: '0.10' },
      { kind: 'AWARD', amount: '0.20' },
      { kind: 'REJECT', amount: '50000' },
      { kind: 'NONE', amount: '50000' },
    ]);
    expect(r.left).toBe('69999.70');
    expect(r.awarding).toBe('30000.30');
    expect(r.leftFen).toBe(6999970n);
    expect(r.over).toBe(false);
    expect(r.invalid).toBe(0);
  });

  it('does not drift where floats would (0.1 + 0.2)', () => {
    const r = budgetLeft('0.30', [
      { kind: 'AWARD', amount: '0.1' },
      { kind: 'AWARD', amount: '0.2' },
    ]);
    expect(r.leftFen).toBe(0n);
    expect(r.left).toBe('0.00');
    expect(r.over).toBe(false);
  });

  it('goes negative and says so when overspent', () => {
    const r = budgetLeft('1000', [
      { kind: 'AWARD', amount: '800' },
      { kind: 'AWARD', amount: '200.01' },
    ]);
    expect(r.left).toBe('-0.01');
    expect(r.over).toBe(true);
  });

  it('counts invalid amounts apart instead of guessing', () => {
    const r = budgetLeft('500.00', [
      { kind: 'AWARD', amount: '' },
      { kind: 'AWARD', amount: '1.234' },
      { kind: 'AWARD', amount: '-5' },
      { kind: 'AWARD', amount: '100' },
    ]);
    expect(r.invalid).toBe(3);
    expect(r.left).toBe('400.00');
  });

  it('handles amounts far beyond float precision', () => {
    const r = budgetLeft('900000000000.01', [{ kind: 'AWARD', amount: '899999999999.99' }]);
    expect(r.left).toBe('0.02');
  });
});
