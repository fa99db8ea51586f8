import type { OpportunitySnapshotV1, SubscriberV1, SubscriptionFiltersV1 } from '@icn/contracts';
import { isOpportunityVisibleToCluster, wordsOf } from '@icn/platform';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the matcher needs of a subscription. */
export interface MatchableSubscription {
  subscriber: SubscriberV1;
  filters: SubscriptionFiltersV1;
}

export interface MatchOptions {
  /** The deadline window is judged at this instant (publication / event time). */
  now: Date;
  /** Lifecycle ends (closed, expired …) ignore the deadline window: followers must hear of them. */
  ignoreDeadlineWindow?: boolean;
}

/**
 * May this subscriber see the opportunity at all? A subscriber (a cluster or one of its
 * organisations) sees what its cluster sees: the network's one rule, `isOpportunityVisibleToCluster`.
 */
export function isVisibleTo(opportunity: OpportunitySnapshotV1, subscriber: SubscriberV1): boolean {
  return isOpportunityVisibleToCluster(opportunity, subscriber.clusterId);
}

/** Does the opportunity satisfy every criterion of the subscription? Pure: no I/O, no clock. */
export function matches(subscription: MatchableSubscription, opportunity: OpportunitySnapshotV1, options: MatchOptions): boolean {
  if (!isVisibleTo(opportunity, subscription.subscriber)) return false;
  const f = subscription.filters;
  if (!anyOf(f.types, [opportunity.type])) return false;
  if (!anyOf(f.sectors, opportunity.sectors)) return false;
  if (!anyOf(f.technologies, opportunity.technologies)) return false;
  if (!anyOf(f.originClusterIds, [opportunity.originClusterId])) return false;
  // An opportunity with no target countries / helix types concerns every country / helix type.
  if (opportunity.targetCountries.length > 0 && !anyOf(f.countries, opportunity.targetCountries)) return false;
  if (opportunity.targetHelixTypes.length > 0 && !anyOf(f.helixTypes, opportunity.targetHelixTypes)) return false;
  if (!hasAllKeywords(f.keywords, opportunity)) return false;
  if (f.minValue) {
    const value = opportunity.value;
    if (!value || value.currency !== f.minValue.currency || value.amount < f.minValue.amount) return false;
  }
  if (!options.ignoreDeadlineWindow && !withinDeadlineWindow(f, opportunity.deadline, options.now)) return false;
  return true;
}

function anyOf(wanted: readonly string[], actual: readonly string[]): boolean {
  return wanted.length === 0 || actual.some((value) => wanted.includes(value));
}

function withinDeadlineWindow(filters: SubscriptionFiltersV1, deadline: string, now: Date): boolean {
  const remaining = Date.parse(deadline) - now.getTime();
  if (filters.deadlineWithinDays !== undefined && remaining > filters.deadlineWithinDays * DAY_MS) return false;
  if (filters.deadlineAtLeastDays !== undefined && remaining < filters.deadlineAtLeastDays * DAY_MS) return false;
  return true;
}


/** Every keyword (each possibly several words) occurs as whole words in the title or description. */
function hasAllKeywords(keywords: readonly string[], opportunity: OpportunitySnapshotV1): boolean {
  if (keywords.length === 0) return true;
  const text = ` ${wordsOf(`${opportunity.title} ${opportunity.description}`).join(' ')} `;
  return keywords.every((keyword) => {
    const words = wordsOf(keyword);
    return words.length === 0 || text.includes(` ${words.join(' ')} `);
  });
}
