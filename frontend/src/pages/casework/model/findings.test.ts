import { describe, expect, it } from 'vitest';
import { findingProblems, initialFindings, noticePreview, outcomeOf, toFindingInputs, unprovided, type CheckLine } from './findings';

const line = (key: string, name: string, core: boolean, documentIDs: string[], status: CheckLine['status'] = 'PENDING', note?: string): CheckLine => ({
  material: { key, name, core },
  documentIDs,
  status,
  note,
});

const submitted = [line('certificate', '登记证书', true, ['1']), line('articles', '章程', true, ['2']), line('budget', '项目预算', false, [])];

describe('findings form', () => {
  it('presumes materials with files present and the others missing at pre-review', () => {
    expect(initialFindings(submitted, 'preReview')).toEqual({
      certificate: { status: 'PRESENT', note: '' },
      articles: { status: 'PRESENT', note: '' },
      budget: { status: 'MISSING', note: '' },
    });
  });

  it('presumes a supplement present when confirming, keeping the other findings', () => {
    const after = [
      line('certificate', '登记证书', true, ['1'], 'PRESENT'),
      line('budget', '项目预算', false, ['3'], 'SUPPLEMENTED', '缺少'),
      line('photo', '照片', false, [], 'MISSING', '请补交'),
    ];
    expect(initialFindings(after, 'confirm')).toEqual({
      certificate: { status: 'PRESENT', note: '' },
      budget: { status: 'PRESENT', note: '缺少' },
      photo: { status: 'MISSING', note: '请补交' },
    });
  });

  it('needs a finding for every material and a note for a flawed one', () => {
    expect(findingProblems(submitted, { certificate: { status: 'PRESENT' }, articles: { status: 'FLAWED', note: '  ' } })).toEqual([
      { key: 'articles', name: '章程', problem: 'noteRequired' },
      { key: 'budget', name: '项目预算', problem: 'statusRequired' },
    ]);
    expect(findingProblems(submitted, initialFindings(submitted, 'preReview'))).toEqual([]);
  });

  it('turns the form into the mutation’s findings: every material in order, notes trimmed, empty notes left out', () => {
    const form = {
      budget: { status: 'MISSING' as const, note: ' 请补交项目预算表 ' },
      certificate: { status: 'PRESENT' as const, note: '' },
      articles: { status: 'FLAWED' as const, note: '缺少盖章页' },
    };
    expect(toFindingInputs(submitted, form)).toEqual([
      { key: 'certificate', status: 'PRESENT' },
      { key: 'articles', status: 'FLAWED', note: '缺少盖章页' },
      { key: 'budget', status: 'MISSING', note: '请补交项目预算表' },
    ]);
  });
});

describe('pre-review outcome', () => {
  it('accepts when everything is present', () => {
    expect(outcomeOf(submitted, { certificate: { status: 'PRESENT' }, articles: { status: 'PRESENT' }, budget: { status: 'PRESENT' } })).toBe('ACCEPT');
  });

  it('accepts with deficiencies when only non-core materials lack, and previews the notice', () => {
    const form = initialFindings(submitted, 'preReview');
    expect(outcomeOf(submitted, form)).toBe('ACCEPT_WITH_DEFICIENCIES');
    expect(noticePreview(submitted, form)).toEqual([{ key: 'budget', name: '项目预算', status: 'MISSING' }]);
  });

  it('returns when a core material is missing or flawed', () => {
    expect(outcomeOf(submitted, { certificate: { status: 'FLAWED', note: 'x' }, articles: { status: 'PRESENT' }, budget: { status: 'PRESENT' } })).toBe(
      'RETURN',
    );
  });
});

describe('before submitting', () => {
  it('names the core and the other materials without files', () => {
    expect(unprovided(submitted)).toEqual({ core: [], optional: ['项目预算'] });
    expect(unprovided([line('certificate', '登记证书', true, [])])).toEqual({ core: ['登记证书'], optional: [] });
  });
});
