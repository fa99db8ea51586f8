import { isOpportunityVisibleToCluster } from '@icn/platform';
import type { OpportunityProfile, OrganisationProfile } from './matching-profile';

/**
 * Hard filters: a pair that fails them is never scored, whatever it shares.
 */

/** Only active members are matched: suspended members and those that left must not be recommended. */
export function isMatchable(organisation: OrganisationProfile): boolean {
  return organisation.status === 'active';
}

/** Published and before its deadline (the expiry event may lag the deadline, the clock does not). */
export function isOpenAt(opportunity: OpportunityProfile, nowMs: number): boolean {
  return opportunity.status === 'published' && opportunity.deadline > nowMs;
}

/**
 * May this organisation be matched with this opportunity? Only if its cluster may see the
 * opportunity (the network's one visibility rule: a `target-clusters` opportunity is never ranked
 * for, suggested to or recommended to an organisation outside its origin and target clusters); not
 * its publisher's own organisation; and inside every target the opportunity sets (an empty target
 * list means everyone). Cluster targets
 * say who the opportunity is meant for, so a member of another cluster is not suggested even when a
 * `network` visibility would let it read the opportunity.
 */
export function isEligibleFor(opportunity: OpportunityProfile, organisation: OrganisationProfile): boolean {
  return (
    isMatchable(organisation) &&
    isOpportunityVisibleToCluster(opportunity, organisation.clusterId) &&
    organisation.organisationId !== opportunity.publisherOrganisationId &&
    admits(opportunity.targetCountries, organisation.country) &&
    admits(opportunity.targetClusterIds, organisation.clusterId) &&
    admits(opportunity.targetHelixTypes, organisation.helixType)
  );
}

/** Two organisations may be matched: both active, and never an organisation with itself. */
export function arePairable(left: OrganisationProfile, right: OrganisationProfile): boolean {
  return left.organisationId !== right.organisationId && isMatchable(left) && isMatchable(right);
}

function admits<T>(targets: ReadonlySet<T>, value: T): boolean {
  return targets.size === 0 || targets.has(value);
}
