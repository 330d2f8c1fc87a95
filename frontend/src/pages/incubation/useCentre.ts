import { useQuery } from 'urql';
import { CentresDocument } from './api';

/** The centres the viewer sees (most counties have one) and the first. */
export function useCentres() {
  const [res, reexecute] = useQuery({ query: CentresDocument });
  const centres = (res.data?.incubationCentres.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return { res, centres, refresh: () => reexecute({ requestPolicy: 'network-only' }) };
}
