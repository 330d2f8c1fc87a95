import type { CaseState, CaseWhereInput } from '../../../gql/graphql';
import { QUEUE_STATES } from './states';

export interface QueueFilters {
  states: readonly CaseState[];
  /** Only cases whose low rating opened a follow-up, in any state (for supervisors). */
  followUps?: boolean;
  serviceItemID?: string;
  q?: string;
}

/** The workbench's filter: the chosen queue states (all of them by default), one service item, number or title. */
export function queueWhere(f: QueueFilters): CaseWhereInput {
  if (f.followUps) return withSearch({ followUp: 'OPEN' }, f);
  const states = f.states.length > 0 ? f.states.filter((s) => QUEUE_STATES.includes(s)) : [...QUEUE_STATES];
  return withSearch({ stateIn: states.length > 0 ? states : [...QUEUE_STATES] }, f);
}

function withSearch(where: CaseWhereInput, f: QueueFilters): CaseWhereInput {
  if (f.serviceItemID) where.serviceItemID = f.serviceItemID;
  const q = f.q?.trim();
  if (q) where.or = [{ numberContainsFold: q }, { titleContainsFold: q }];
  return where;
}
