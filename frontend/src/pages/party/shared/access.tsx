import type { ReactNode } from 'react';
import { Result } from 'antd';
import { useMe } from '../../../auth/AuthProvider';
import { usePT } from './texts';

/**
 * What the viewer may do with party-building records, from me.permissions
 * (policies/policy.csv): the committee (party_officer) reads and writes
 * its county's; the bureau admin only reads.
 */
export function usePartyAccess() {
  const { user } = useMe();
  const has = (p: string) => user.permissions.includes(p);
  return {
    /** The committee's pages: coverage, officers, party organisations, statistics. */
    read: has('party:read'),
    /** Coverage, assignments, officers, party organisations, settings. */
    manage: has('party:update'),
    /** Volunteers and their points. */
    readWork: has('party_work:read'),
    createWork: has('party_work:create'),
    manageWork: has('party_work:update'),
  };
}

/** The committee's pages for those who may read them; a 403 for the rest. */
export function CommitteeGate({ children }: { children: ReactNode }) {
  const { read } = usePartyAccess();
  const { pt, t } = usePT();
  if (!read) return <Result status="403" title={t('forbidden.title')} subTitle={pt('common.forbidden')} />;
  return <>{children}</>;
}
