import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const PendingConsultationsDocument = graphql(`
  query PendingConsultations($assigneeID: ID!) {
    consultations(first: 1, where: { answer: PENDING, assigneeID: $assigneeID }) {
      totalCount
    }
  }
`);

/**
 * How many consultations await the viewer's answer. Anyone may be named a
 * consulted unit, whatever their role, so the menu asks rather than
 * deciding from permissions.
 */
export function usePendingConsultations(userID: string): number {
  const context = useMemo(() => ({ additionalTypenames: ['Consultation'] }), []);
  const [res] = useQuery({ query: PendingConsultationsDocument, variables: { assigneeID: userID }, context });
  return res.data?.consultations.totalCount ?? 0;
}
