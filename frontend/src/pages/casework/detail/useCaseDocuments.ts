import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { DocumentFieldsFragment, DocumentVersionFieldsFragment } from '../../../gql/graphql';
import { DocumentsByIDDocument } from '../caseApi';
import type { CaseDetail, DocumentsByID } from './caseTypes';

/** Every document the checklist names and the versions the case was given, read in one request (those the viewer may not read are left out). */
export function useCaseDocuments(c: CaseDetail | null): DocumentsByID {
  const ids = useMemo(() => [...new Set((c?.checklist ?? []).flatMap((l) => [...l.documentIDs, ...l.versionIDs]))].sort(), [c?.checklist]);
  const context = useMemo(() => ({ additionalTypenames: ['Document'] }), []);
  const [res] = useQuery({ query: DocumentsByIDDocument, variables: { ids }, pause: ids.length === 0, context });
  return useMemo(() => {
    const m = new Map<string, DocumentFieldsFragment | DocumentVersionFieldsFragment>();
    if (ids.length === 0) return m;
    for (const n of res.data?.nodes ?? []) if (n?.__typename === 'Document' || n?.__typename === 'DocumentVersion') m.set(n.id, n);
    return m;
  }, [ids, res.data]);
}
