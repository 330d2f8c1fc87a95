import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { UserSearchDocument } from '../caseApi';

/** A user as a select option: "display name（username）". */
export type UserOption = { value: string; label: string };

/**
 * The active users of the county matching q (username or name), asked for
 * after a pause in typing rather than on every key; the pickers' search.
 */
export function useUserSearch(q: string): { options: UserOption[]; loading: boolean; labels: Record<string, string> } {
  const client = useClient();
  const [options, setOptions] = useState<UserOption[]>([]);
  const [loading, setLoading] = useState(false);
  // Every user seen so far, by id: choices stay named after a new search.
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setLoading(true);
      void client
        .query(UserSearchDocument, { q: q.trim() }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((res) => {
          if (!live) return;
          setLoading(false);
          const users = (res.data?.users.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
          const opts = users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
          setOptions(opts);
          setLabels((l) => ({ ...l, ...Object.fromEntries(opts.map((o) => [o.value, o.label])) }));
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, q]);
  return { options, loading, labels };
}
