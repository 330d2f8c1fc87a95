import { describe, expect, it } from 'vitest';
import { localPart } from './bilingual';
import { suppliedMaterial } from './timeline';
import { consultInputs } from '../detail/ConsultDialog';
import { decisionLetters } from '../detail/OutcomeCard';

describe('bilingual server texts', () => {
  const consequence = '逾期未补正的，视为撤回申请，本申请予以退回。 / If the materials are not supplied by the deadline, the application is returned as withdrawn.';
  it('shows the part in the UI language', () => {
    expect(localPart(consequence, 'zh-CN')).toBe('逾期未补正的，视为撤回申请，本申请予以退回。');
    expect(localPart(consequence, 'en')).toMatch(/^If the materials/);
    expect(localPart('只有中文', 'en')).toBe('只有中文');
  });
});

describe('consultation form', () => {
  it('sends trimmed unit names with their assignee and days', () => {
    expect(consultInputs([{ unit: ' 县文广旅体局 ', assigneeID: '7', dueDays: 3 }])).toEqual([{ unit: '县文广旅体局', assigneeID: '7', dueDays: 3 }]);
  });
});

describe('decision letter', () => {
  it('is the case document of category DECISION_LETTER', () => {
    const docs = [
      { id: '1', category: 'BUDGET' as const, title: '预算', current: null },
      { id: '2', category: 'DECISION_LETTER' as const, title: '准予决定书', current: null },
    ];
    expect(decisionLetters({ documents: docs }).map((d) => d.id)).toEqual(['2']);
    expect(decisionLetters({ documents: null })).toEqual([]);
  });
});

describe('timeline', () => {
  it('names the material a supplement event recorded by key and document ids', () => {
    const materials = [{ key: 'budget', name: '项目预算' }];
    expect(suppliedMaterial('budget: [30064771075]', materials)).toBe('项目预算');
    expect(suppliedMaterial('budget: [1 2]', [])).toBeNull();
    expect(suppliedMaterial('材料齐全', materials)).toBeNull();
  });
});
