import type { OpportunitySnapshotV1, PublishedOpportunityStatus } from '@icn/contracts';

export type SuggestionDecision = { suggest: true } | { suggest: false; reason: string };

/**
 * Whether a publication still deserves suggestions when matchmaking gets to it. Suggestions are
 * "recommended for you" pushes about something new: an opportunity that has meanwhile ended (the
 * read model already holds a later state, e.g. after a consumer outage) or whose deadline has passed
 * would only be noise. `currentStatus` is the read model's status, undefined when the read model has
 * not applied the publication yet (it consumes in its own group) — then the event is the truth.
 */
export function decideSuggestion(opportunity: OpportunitySnapshotV1, currentStatus: PublishedOpportunityStatus | undefined, now: Date): SuggestionDecision {
  if (opportunity.status !== 'published') return { suggest: false, reason: `the event carries status ${opportunity.status}` };
  if (currentStatus !== undefined && currentStatus !== 'published') return { suggest: false, reason: `the opportunity is ${currentStatus} by now` };
  if (Date.parse(opportunity.deadline) <= now.getTime()) return { suggest: false, reason: 'its deadline has passed' };
  return { suggest: true };
}
