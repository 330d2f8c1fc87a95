import { describe, expect, it } from 'vitest';
import { fenToDecimal, formatMoney, parseFen, sumMoney } from './money';

describe('money', () => {
  it('parses decimal yuan strings into fen exactly', () => {
    expect(parseFen('1234.50')).toBe(123450n);
    expect(parseFen('0.5')).toBe(50n);
    expect(parseFen('7')).toBe(700n);
    expect(parseFen('-3.07')).toBe(-307n);
    expect(parseFen('12000000.00')).toBe(1200000000n);
  });

  it('handles amounts beyond float precision', () => {
    expect(parseFen('90071992547409.93')).toBe(9007199254740993n);
    expect(formatMoney('90071992547409.93')).toBe('¥90,071,992,547,409.93');
  });

  it('rejects anything that is not a decimal amount', () => {
    for (const bad of ['', 'abc', '1.234', '1e5', '1,000.00', '.5', 'NaN']) {
      expect(() => parseFen(bad)).toThrow();
    }
  });

  it('formats with the yuan sign, grouping and two decimals', () => {
    expect(formatMoney('1234.50')).toBe('¥1,234.50');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('0.1')).toBe('¥0.10');
    expect(formatMoney('999')).toBe('¥999.00');
    expect(formatMoney('1000')).toBe('¥1,000.00');
    expect(formatMoney('7000000')).toBe('¥7,000,000.00');
    expect(formatMoney('-1234.5')).toBe('-¥1,234.50');
    expect(formatMoney('1234.50', { symbol: false })).toBe('1,234.50');
  });

  it('shows invalid input as it came and empty values as nothing', () => {
    expect(formatMoney('oops')).toBe('oops');
    expect(formatMoney(null)).toBe('');
    expect(formatMoney(undefined)).toBe('');
  });

  it('adds without floating-point error', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['1234.50', '-234.5', '0.01'])).toBe('1000.01');
    expect(fenToDecimal(-5n)).toBe('-0.05');
  });
});
