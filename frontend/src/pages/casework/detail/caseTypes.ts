import type { CaseDetailQuery, DocumentFieldsFragment, DocumentVersionFieldsFragment } from '../../../gql/graphql';

/** The case as the case page reads it. */
export type CaseDetail = Extract<NonNullable<CaseDetailQuery['node']>, { __typename: 'Case' }>;
export type ChecklistLine = CaseDetail['checklist'][number];

/**
 * The checklist's documents and the versions the case was given, by id
 * (those the viewer may read; ids are unique across types).
 */
export type DocumentsByID = ReadonlyMap<string, DocumentFieldsFragment | DocumentVersionFieldsFragment>;

function isDocument(x: DocumentFieldsFragment | DocumentVersionFieldsFragment | undefined): x is DocumentFieldsFragment {
  return x !== undefined && 'title' in x;
}

function isVersion(x: DocumentFieldsFragment | DocumentVersionFieldsFragment | undefined): x is DocumentVersionFieldsFragment {
  return x !== undefined && 'filename' in x;
}

/**
 * The documents of a checklist line that could be read, in order, each
 * showing the version the case was given (pinned at submission) rather
 * than a newer one uploaded since; lines stored before pins show the
 * current version.
 */
export function docsOf(line: Pick<ChecklistLine, 'documentIDs'> & { versionIDs?: readonly string[] }, docs: DocumentsByID): DocumentFieldsFragment[] {
  return line.documentIDs.flatMap((id, i) => {
    const d = docs.get(id);
    if (!isDocument(d)) return [];
    const pinned = docs.get(line.versionIDs?.[i] ?? '');
    return [isVersion(pinned) ? { ...d, current: pinned } : d];
  });
}
