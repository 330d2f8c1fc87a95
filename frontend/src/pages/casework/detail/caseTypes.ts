import type { CaseDetailQuery, DocumentFieldsFragment } from '../../../gql/graphql';

/** The case as the case page reads it. */
export type CaseDetail = Extract<NonNullable<CaseDetailQuery['node']>, { __typename: 'Case' }>;
export type ChecklistLine = CaseDetail['checklist'][number];

/** The checklist's documents by id (those the viewer may read). */
export type DocumentsByID = ReadonlyMap<string, DocumentFieldsFragment>;

/** The documents of ids that could be read, in order. */
export function docsOf(ids: readonly string[], docs: DocumentsByID): DocumentFieldsFragment[] {
  return ids.flatMap((id) => {
    const d = docs.get(id);
    return d ? [d] : [];
  });
}
