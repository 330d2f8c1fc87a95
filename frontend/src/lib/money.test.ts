import { describe, expect, it } from 'vitest';
import { compareYuan, fenToDecimal, formatMoney, formatYuan, parseFen, parseYuan, sumMoney, sumYuan } from './money';

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

describe('amounts people type (parseYuan)', () => {
  const good: [string, bigint][] = [
    ['0', 0n],
    ['0.00', 0n],
    ['12345.60', 1234560n],
    ['12345.6', 1234560n],
    ['0.05', 5n],
    ['100', 10000n],
    [' 88.8 ', 8880n],
    ['007', 700n],
    ['999999999999.99', 99999999999999n],
    ['123456789012.34', 12345678901234n],
  ];
  it.each(good)('accepts %j', (s, fen) => {
    expect(parseYuan(s)).toBe(fen);
  });

  const bad = ['', ' ', '-1', '-0.01', '+5', '1e5', '1E2', '1.234', '0.001', '1,000.00', '.5', '5.', 'NaN', 'Infinity', '¥5', '1 000', '0x10', '1000000000000', '1234567890123.00', 'abc'];
  it.each(bad)('refuses %j', (s) => {
    expect(parseYuan(s)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(parseYuan(null)).toBeNull();
    expect(parseYuan(undefined)).toBeNull();
  });
});

describe('formatYuan, sumYuan, compareYuan', () => {
  it.each([
    ['12345.60', '¥12,345.60'],
    ['12345.6', '¥12,345.60'],
    ['0', '¥0.00'],
    ['1000000', '¥1,000,000.00'],
    ['999999999999.99', '¥999,999,999,999.99'],
    ['-3', '-¥3.00'],
    ['oops', 'oops'],
    ['', ''],
  ])('formats %j as %j', (s, out) => {
    expect(formatYuan(s)).toBe(out);
  });

  it('adds exactly, as typed, skipping what is not an amount', () => {
    expect(sumYuan(['0.10', '0.20'])).toBe('0.30');
    expect(sumYuan(['0.1', '0.2', '0.3'])).toBe('0.60');
    expect(sumYuan(['999999999999.99', '0.01'])).toBe('1000000000000.00');
    expect(sumYuan(['100', '', '1e3', '-5', undefined, '50.5'])).toBe('150.50');
    expect(sumYuan([])).toBe('0.00');
  });

  it('compares by value', () => {
    expect(compareYuan('10', '10.00')).toBe(0);
    expect(compareYuan('9.99', '10')).toBe(-1);
    expect(compareYuan('100000.01', '100000')).toBe(1);
    expect(compareYuan('0.3', sumYuan(['0.1', '0.2']))).toBe(0);
    expect(compareYuan('x', '1')).toBeNull();
    expect(compareYuan('1', '')).toBeNull();
  });
});
