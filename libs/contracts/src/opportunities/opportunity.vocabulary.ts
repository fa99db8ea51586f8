/**
 * Vocabularies of the opportunities service. Closed lists because subscriptions filter on them;
 * extending a list is a backward-compatible change.
 */
/** The types clusters and members publish through the opportunities service (its API accepts only these). */
export const PUBLISHABLE_OPPORTUNITY_TYPES = ['tender', 'project-challenge', 'funding-call', 'partner-search', 'market-lead', 'event'] as const;
export type PublishableOpportunityType = (typeof PUBLISHABLE_OPPORTUNITY_TYPES)[number];

/**
 * Every type a snapshot may carry, hence every type a subscription can filter on: the publishable
 * ones and `partner-programme`, a network partner's programme with an open call window, which the
 * opportunities service notifies like an opportunity (ADR 23) but never publishes on its own topic.
 */
export const OPPORTUNITY_TYPES = [...PUBLISHABLE_OPPORTUNITY_TYPES, 'partner-programme'] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

/**
 * Lifecycle: draft -> published -> closed | cancelled | expired. Drafts never leave the service, so
 * event snapshots only ever carry the last four.
 */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed', 'cancelled', 'expired'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const PUBLISHED_OPPORTUNITY_STATUSES = ['published', 'closed', 'cancelled', 'expired'] as const;
export type PublishedOpportunityStatus = (typeof PUBLISHED_OPPORTUNITY_STATUSES)[number];

/** `network`: every member may see it; `target-clusters`: meant for the listed target clusters. */
export const OPPORTUNITY_VISIBILITIES = ['network', 'target-clusters'] as const;
export type OpportunityVisibility = (typeof OPPORTUNITY_VISIBILITIES)[number];

/** ISO 4217 alphabetic currency code (`EUR`, `DKK`). */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
