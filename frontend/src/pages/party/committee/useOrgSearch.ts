import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { OrganizationSearchDocument } from './api';

export type OrgOption = { value: string; label: string };

/**
 * The county's organisations whose name holds q, asked for after a pause
 * in typing (as useUserSearch does for accounts). `initial` keeps an
 * already chosen organisation named before any search.
 */
export function useOrgSearch(q: string, initial?: OrgOption): { options: OrgOption[]; loading: boolean } {
  const client = useClient();
  const [options, setOptions] = useState<OrgOption[]>(initial ? [initial] : []);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const term = q.trim();
    if (term === '') return;
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      void client
        .query(OrganizationSearchDocument, { q: term }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((res) => {
          if (!live) return;
          setLoading(false);
          const found = (res.data?.organizations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
          setOptions(found.map((o) => ({ value: o.id, label: o.town ? `${o.name}（${o.town}）` : o.name })));
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, q]);
  return { options, loading };
}
