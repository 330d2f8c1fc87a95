import { describe, expect, it } from 'vitest';
import { formatTenths, missingScores, weightedTotalTenths, weightSum } from './scoring';

const rubric = [
  { key: 'need', weight: 30, maxScore: 10 },
  { key: 'design', weight: 40, maxScore: 20 },
  { key: 'team', weight: 30, maxScore: 3 },
];

describe('weightSum', () => {
  it('adds the weights, ignoring blank rows', () => {
    expect(weightSum(rubric)).toBe(100);
    expect(weightSum([{ weight: 60 }, { weight: null }, {}, null, { weight: 25 }])).toBe(85);
  });
});

describe('weightedTotalTenths', () => {
  it('is the sum of weight × score / maxScore in tenths', () => {
    // 30·8/10 + 40·15/20 + 30·2/3 = 24 + 30 + 20 = 74
    expect(weightedTotalTenths(rubric, { need: 8, design: 15, team: 2 })).toBe(740);
  });

  it('rounds once at the end, half up', () => {
    // 30·1/3 = 10 exactly; 40·1/20 = 2; 30·7/10 = 21 → 33.0
    expect(weightedTotalTenths(rubric, { need: 7, design: 1, team: 1 })).toBe(330);
    // 100·1/3 = 33.333… → 33.3; 100·2/3 = 66.666… → 66.7; 100·1/8 = 12.5 → 12.5
    expect(weightedTotalTenths([{ key: 'a', weight: 100, maxScore: 3 }], { a: 1 })).toBe(333);
    expect(weightedTotalTenths([{ key: 'a', weight: 100, maxScore: 3 }], { a: 2 })).toBe(667);
    expect(weightedTotalTenths([{ key: 'a', weight: 100, maxScore: 8 }], { a: 1 })).toBe(125);
    // 5·1/16 = 0.3125 → 0.3; 5·3/16 = 0.9375 → 0.9 (0.94 → 0.9)
    expect(weightedTotalTenths([{ key: 'a', weight: 5, maxScore: 16 }], { a: 3 })).toBe(9);
    // 1·1/4 = 0.25 → 0.3 (half up at the hundredth does not apply: 2.5 tenths → 3)
    expect(weightedTotalTenths([{ key: 'a', weight: 1, maxScore: 4 }], { a: 1 })).toBe(3);
  });

  it('gives full marks 100.0 and counts missing scores as 0', () => {
    expect(weightedTotalTenths(rubric, { need: 10, design: 20, team: 3 })).toBe(1000);
    expect(weightedTotalTenths(rubric, { need: 10 })).toBe(300);
    expect(weightedTotalTenths(rubric, {})).toBe(0);
  });
});

describe('formatTenths', () => {
  it('shows one decimal', () => {
    expect(formatTenths(740)).toBe('74.0');
    expect(formatTenths(3)).toBe('0.3');
    expect(formatTenths(1000)).toBe('100.0');
  });
});

describe('missingScores', () => {
  it('names every criterion without a whole score in range', () => {
    expect(missingScores(rubric, { need: 8, design: 21, team: 1.5 })).toEqual(['design', 'team']);
    expect(missingScores(rubric, { need: 0, design: 20, team: 3 })).toEqual([]);
  });
});
