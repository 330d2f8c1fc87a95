import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useApi } from '../../api/ApiProvider';

/** The domain the session acts in, and (for platform admins) every domain to switch to. */
export const ActingDomainDocument = graphql(`
  query ActingDomain($withDomains: Boolean!) {
    actingDomain {
      id
      name
      bureauName
    }
    domains(first: 200, orderBy: { field: CODE, direction: ASC }) @include(if: $withDomains) {
      edges {
        node {
          id
          code
          name
          bureauName
        }
      }
    }
  }
`);

const ActInDomainDocument = graphql(`
  mutation ActInDomain($id: ID) {
    actInDomain(id: $id) {
      id
    }
  }
`);

export interface DomainName {
  name: string;
  bureauName: string;
}

/**
 * What the header calls the viewer's county: its bureau (德清县民政局), else
 * the county's name, else the generic word (while loading).
 */
export function bureauLabel(d: DomainName | null | undefined, fallback: string): string {
  return d?.bureauName.trim() || d?.name.trim() || fallback;
}

/** The acting domain; crossDomain also loads the list of domains. */
export function useActingDomain(crossDomain: boolean) {
  const [res] = useQuery({ query: ActingDomainDocument, variables: { withDomains: crossDomain } });
  const domains = (res.data?.domains?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return { acting: res.data?.actingDomain ?? null, domains, error: res.error };
}

/**
 * Switches the session's domain (null: every domain) and drops every cached
 * answer: lists, permissions and the header all belong to the old domain.
 */
export function useActInDomain() {
  const [, act] = useMutation(ActInDomainDocument);
  const { resetClient } = useApi();
  return useCallback(
    async (id: string | null) => {
      const res = await act({ id });
      if (!res.error) resetClient();
      return res;
    },
    [act, resetClient],
  );
}
