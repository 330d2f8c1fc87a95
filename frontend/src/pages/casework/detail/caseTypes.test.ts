import { describe, expect, it } from 'vitest';
import type { DocumentFieldsFragment, DocumentVersionFieldsFragment } from '../../../gql/graphql';
import { docsOf, type DocumentsByID } from './caseTypes';

const version = (id: string, filename: string) => ({ id, number: 1, filename, contentType: 'application/pdf', size: 1, sha256: '', createdAt: '', uploaderName: '' }) as DocumentVersionFieldsFragment;

describe('docsOf', () => {
  const doc = { id: 'd1', title: '登记证书', current: version('v2', 'new.pdf') } as DocumentFieldsFragment;
  const docs: DocumentsByID = new Map<string, DocumentFieldsFragment | DocumentVersionFieldsFragment>([
    ['d1', doc],
    ['v1', version('v1', 'given.pdf')],
  ]);

  it('shows the version the case was given, not a newer one', () => {
    expect(docsOf({ documentIDs: ['d1'], versionIDs: ['v1'] }, docs)[0].current?.filename).toBe('given.pdf');
  });

  it('falls back to the current version for lines stored before pins', () => {
    expect(docsOf({ documentIDs: ['d1'], versionIDs: [] }, docs)[0].current?.filename).toBe('new.pdf');
  });

  it('leaves out documents the viewer cannot read', () => {
    expect(docsOf({ documentIDs: ['d9', 'd1'], versionIDs: ['v9', 'v1'] }, docs).map((d) => d.id)).toEqual(['d1']);
  });
});
