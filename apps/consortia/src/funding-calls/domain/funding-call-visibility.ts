import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { canViewOpportunity, DomainConflictError, isOpportunityVisibleToCluster, type Principal } from '@icn/platform';

/** A funding call is an opportunity: the network's one visibility rule applies to consortia's copy. */
export function canSeeFundingCall(principal: Principal, call: OpportunitySnapshotV1): boolean {
  return canViewOpportunity(principal, call);
}

/**
 * A consortium's lead and partners see its call (topic, deadline, budget), so an organisation
 * whose cluster may not see a restricted funding call can neither lead nor be invited to a
 * consortium on it: a 409 naming the organisation, for the caller already sees the call.
 */
export function assertFundingCallOpenTo(call: OpportunitySnapshotV1 | undefined, organisation: { organisationId: string; clusterId: string }): void {
  if (call === undefined || isOpportunityVisibleToCluster(call, organisation.clusterId)) return;
  throw new DomainConflictError(
    `organisation ${organisation.organisationId} cannot take part: its cluster may not see funding call ${call.opportunityId} (visibility target-clusters)`,
  );
}
