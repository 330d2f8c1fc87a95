import { describe, expect, it } from 'vitest';
import { duplicateKeys, toMaterialInputs } from './materialsModel';

describe('materials editor', () => {
  it('sends trimmed rows with the core flag and category, leaving empty extras out', () => {
    expect(
      toMaterialInputs([
        { key: ' budget ', name: ' 项目预算 ', core: undefined, category: 'BUDGET', formats: [' application/pdf ', ''], description: ' ' },
        { key: 'certificate', name: '登记证书', core: true, category: 'REGISTRATION_CERTIFICATE', templateDocumentID: '12' },
      ]),
    ).toEqual([
      { key: 'budget', name: '项目预算', core: false, category: 'BUDGET', formats: ['application/pdf'] },
      { key: 'certificate', name: '登记证书', core: true, category: 'REGISTRATION_CERTIFICATE', templateDocumentID: '12' },
    ]);
  });

  it('finds keys used twice', () => {
    expect(duplicateKeys([{ key: 'a' }, { key: 'b' }, { key: ' a' }, { key: '' }, { key: '' }])).toEqual(['a']);
  });
});
