import type { OpportunitySnapshotV1, SuggestedOrganisationV1 } from '@icn/contracts';
import { isVisibleTo } from '../../notifications/domain/opportunity-match';
import type { SubscriptionState } from '../../subscriptions/domain/subscription';

export interface RecommendationRecipient {
  subscription: SubscriptionState;
  suggestion: SuggestedOrganisationV1;
}

/**
 * Which live subscriptions hear a suggestion: those owned by a suggested organisation itself (not
 * its cluster's, which would hear every member's), whatever their filters — a recommendation is
 * matchmaking's judgement that the opportunity concerns the organisation, the filters are the
 * subscriber's own. Visibility still applies. Pure: no I/O.
 */
export function recommendationRecipients(
  subscriptions: readonly SubscriptionState[],
  suggestions: readonly SuggestedOrganisationV1[],
  opportunity: OpportunitySnapshotV1,
): RecommendationRecipient[] {
  const byOrganisation = new Map(suggestions.map((suggestion) => [suggestion.organisationId, suggestion]));
  const recipients: RecommendationRecipient[] = [];
  for (const subscription of subscriptions) {
    const { subscriber } = subscription;
    if (subscriber.kind !== 'organisation' || subscriber.organisationId === undefined) continue;
    const suggestion = byOrganisation.get(subscriber.organisationId);
    if (suggestion === undefined || !isVisibleTo(opportunity, subscriber)) continue;
    recipients.push({ subscription, suggestion });
  }
  return recipients;
}
