import { describe, expect, it } from 'vitest';
import { branchesFor } from './CoverageDialogs';
import { monthLabel } from './DashboardPage';
import { filterFromParams } from './CoveragePage';

describe('the dashboard', () => {
  it('labels months in both languages', () => {
    expect(monthLabel('2026-03', 'zh-CN')).toBe('3月');
    expect(monthLabel('2026-03', 'en')).toBe('Mar');
  });
});

describe('the coverage table', () => {
  it('reads its filter from the address', () => {
    expect(filterFromParams(new URLSearchParams('form=UNCOVERED&town=新市镇&kind=FOUNDATION&q= 舞龙 &officer=7'))).toEqual({
      form: 'UNCOVERED',
      town: '新市镇',
      kind: 'FOUNDATION',
      search: '舞龙',
      officerID: '7',
    });
    expect(filterFromParams(new URLSearchParams('form=NOPE&kind=X'))).toEqual({});
  });

  it('offers the branches each form may name', () => {
    const po = (id: string, kind: 'COMMITTEE' | 'STANDALONE' | 'JOINT', organizationID: string | null, dissolvedOn: string | null = null) =>
      ({ id, kind, organizationID, dissolvedOn }) as Parameters<typeof branchesFor>[2][number];
    const all = [po('c', 'COMMITTEE', null), po('own', 'STANDALONE', '41'), po('other', 'STANDALONE', '50'), po('j', 'JOINT', '60'), po('old', 'JOINT', null, '2025-01-01T00:00:00Z')];
    const ids = (f: Parameters<typeof branchesFor>[0]) => branchesFor(f, '41', all).map((p) => p.id);
    expect(ids('BUILD')).toEqual(['own']);
    expect(ids('JOIN')).toEqual(['j']);
    expect(ids('ATTACH')).toEqual(['other', 'j']);
    expect(ids('UNCOVERED')).toEqual([]);
  });
});
