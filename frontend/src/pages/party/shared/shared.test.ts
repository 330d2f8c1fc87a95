import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../lib/errors';
import { chinaToday, chinaYear, dayOrUndefined, dayToApi } from './dates';
import { namePath, splitErrors } from './errors';
import { hours, loadLevel, percent } from './model';

const apiError = (e: Partial<ApiError>): ApiError => ({ code: 'BAD_USER_INPUT', message: '', extensions: {}, ...e });
const describe_ = (e: ApiError) => e.message || `generic ${e.code}`;

describe('server errors next to the fields', () => {
  const problems = [
    { field: 'fullMembers', message: 'a party branch needs at least 3 full party members', messageZH: '成立党支部须有正式党员3名以上' },
    { field: 'rules.2.pointsPerHour', message: 'points per hour are 0 to 1000', messageZH: '每小时积分应为 0 至 1000' },
    { field: 'somethingElse', message: 'not on this form', messageZH: '不在本表单' },
  ];
  const err = apiError({ message: 'x', field: 'fullMembers', extensions: { code: 'BAD_USER_INPUT', field: 'fullMembers', problems } });

  it('places every problem in the person’s language, the rest above the form', () => {
    expect(splitErrors([err], ['fullMembers', 'rules'], 'zh-CN', describe_)).toEqual({
      placed: [
        { name: ['fullMembers'], errors: ['成立党支部须有正式党员3名以上'] },
        { name: ['rules', 2, 'pointsPerHour'], errors: ['每小时积分应为 0 至 1000'] },
      ],
      rest: ['不在本表单'],
    });
    expect(splitErrors([err], ['fullMembers'], 'en', describe_).placed).toEqual([{ name: ['fullMembers'], errors: ['a party branch needs at least 3 full party members'] }]);
  });

  it('uses extensions.field without problems, for BAD_USER_INPUT and CONFLICT only', () => {
    const full = apiError({ code: 'CONFLICT', message: '已达上限', field: 'officerID', extensions: { code: 'CONFLICT', reason: 'OFFICER_FULL', field: 'officerID', maxLoad: 30 } });
    expect(splitErrors([full], ['officerID'], 'zh-CN', describe_)).toEqual({ placed: [{ name: ['officerID'], errors: ['已达上限'] }], rest: [] });
    const covered = apiError({ message: '已单独组建', field: 'organizationID', extensions: { field: 'organizationID' } });
    expect(splitErrors([covered], ['officerID'], 'zh-CN', describe_)).toEqual({ placed: [], rest: ['已单独组建'] });
    const forbidden = apiError({ code: 'FORBIDDEN', field: 'officerID', extensions: { field: 'officerID' } });
    expect(splitErrors([forbidden], ['officerID'], 'zh-CN', describe_)).toEqual({ placed: [], rest: ['generic FORBIDDEN'] });
  });

  it('reads "input." paths', () => {
    expect(namePath('input.fullMembers')).toEqual(['fullMembers']);
    expect(namePath('rules.0.pointsPerHour')).toEqual(['rules', 0, 'pointsPerHour']);
  });
});

describe('figures', () => {
  it('rounds rates and hours as the dashboard shows them', () => {
    expect(percent(255 / 260)).toBe('98.1');
    expect(percent(0)).toBe('0.0');
    expect(percent(1)).toBe('100.0');
    expect(hours(90)).toBe('1.5');
    expect(hours(120)).toBe('2');
    expect(hours(0)).toBe('0');
  });

  it('calls an officer full at the maximum', () => {
    expect(loadLevel(12, 30)).toEqual({ share: 0.4, full: false });
    expect(loadLevel(30, 30)).toEqual({ share: 1, full: true });
    expect(loadLevel(31, 30)).toEqual({ share: 1, full: true });
    expect(loadLevel(0, 0).full).toBe(true);
  });
});

describe('days', () => {
  it('sends a day as midnight in China', () => {
    expect(dayToApi('2026-03-01')).toBe('2026-03-01T00:00:00+08:00');
    expect(dayOrUndefined('')).toBeUndefined();
    expect(dayOrUndefined('2026-03-01')).toBe('2026-03-01T00:00:00+08:00');
  });

  it('knows today in China whatever the browser’s zone', () => {
    // 2026-12-31 17:00 UTC is already 2027-01-01 in China.
    expect(chinaToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(chinaYear(new Date('2026-12-31T15:59:00Z'))).toBe(2026);
  });
});
