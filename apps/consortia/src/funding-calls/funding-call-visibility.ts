import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { canViewOpportunity, type Principal } from '@icn/platform';

/** A funding call is an opportunity: the network's one visibility rule applies to consortia's copy. */
export function canSeeFundingCall(principal: Principal, call: OpportunitySnapshotV1): boolean {
  return canViewOpportunity(principal, call);
}
