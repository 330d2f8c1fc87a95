import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { updateDocumentInput } from './EditDocumentDialog';
import { uploadTarget } from './UploadDialog';

describe('what the forms send', () => {
  const newDoc = { kind: 'new', organizationID: '42' } as const;

  it('names one new document by the title given, several by their file names', () => {
    const v = { category: 'CERTIFICATE' as const, title: ' 资质证书 ', expiresOn: dayjs('2026-06-30') };
    expect(uploadTarget(newDoc, v, 1)).toEqual({
      organizationID: '42',
      category: 'CERTIFICATE',
      title: '资质证书',
      expiresOn: '2026-06-30T00:00:00Z',
    });
    expect(uploadTarget(newDoc, v, 3)).toEqual({ organizationID: '42', category: 'CERTIFICATE', expiresOn: '2026-06-30T00:00:00Z' });
    expect(uploadTarget(newDoc, { category: 'PHOTO', title: '  ' }, 1)).toEqual({ organizationID: '42', category: 'PHOTO' });
  });

  it('sends only the document and the new expiry for a new version', () => {
    const mode = { kind: 'version', document: { id: 'd1', title: '章程', expiresOn: null } } as const;
    expect(uploadTarget(mode, { category: 'OTHER', title: 'ignored', expiresOn: dayjs('2027-01-01') }, 1)).toEqual({
      documentID: 'd1',
      expiresOn: '2027-01-01T00:00:00Z',
    });
    expect(uploadTarget(mode, {}, 1)).toEqual({ documentID: 'd1' });
  });

  it('clears the expiry only when the edit form emptied an existing one', () => {
    const base = { category: 'REPORT' as const, title: ' 年度报告 ' };
    expect(updateDocumentInput({ expiresOn: '2025-01-01T00:00:00Z' }, { ...base, expiresOn: null })).toEqual({
      category: 'REPORT',
      title: '年度报告',
      clearExpiresOn: true,
    });
    expect(updateDocumentInput({ expiresOn: null }, { ...base, expiresOn: null })).toEqual({ category: 'REPORT', title: '年度报告' });
    expect(updateDocumentInput({ expiresOn: null }, { ...base, expiresOn: dayjs('2025-12-31') })).toEqual({
      category: 'REPORT',
      title: '年度报告',
      expiresOn: '2025-12-31T00:00:00Z',
    });
  });
});
