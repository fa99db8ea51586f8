import type { SuggestedOrganisationV1, SubscriberV1 } from '@icn/contracts';
import { anOpportunity } from '../../notifications/testing/opportunity-event.producer';
import type { SubscriptionState } from '../../subscriptions/domain/subscription';
import { recommendationRecipients } from './recommendation-recipients';

const ORG_A = '11111111-1111-4111-8111-111111111111';
const ORG_B = '22222222-2222-4222-8222-222222222222';

function subscription(subscriptionId: string, subscriber: SubscriberV1): SubscriptionState {
  return { subscriptionId, subscriber, filters: { types: ['event'] } } as unknown as SubscriptionState;
}

const suggestionFor = (organisationId: string, rank: number): SuggestedOrganisationV1 => ({ organisationId, name: `Org ${rank}`, rank, score: 10 - rank, reasons: [] });

describe('recommendationRecipients', () => {
  const orgA = subscription('s-a', { kind: 'organisation', clusterId: 'clean', organisationId: ORG_A });
  const orgB = subscription('s-b', { kind: 'organisation', clusterId: 'clean', organisationId: ORG_B });
  const clusterOfA = subscription('s-cluster', { kind: 'cluster', clusterId: 'clean' });

  it('picks the suggested organisations’ own subscriptions, whatever their filters, with their suggestion', () => {
    const recipients = recommendationRecipients([orgA, orgB, clusterOfA], [suggestionFor(ORG_A, 1)], anOpportunity('x'));

    expect(recipients.map(({ subscription: { subscriptionId }, suggestion }) => [subscriptionId, suggestion.rank])).toEqual([['s-a', 1]]);
  });

  it('respects visibility: a cluster-only opportunity is not recommended outside its clusters', () => {
    const elsewhere = subscription('s-far', { kind: 'organisation', clusterId: 'far', organisationId: ORG_B });
    const clusterOnly = anOpportunity('x', { visibility: 'target-clusters', originClusterId: 'clean', targetClusterIds: [] });

    const recipients = recommendationRecipients([orgA, elsewhere], [suggestionFor(ORG_A, 1), suggestionFor(ORG_B, 2)], clusterOnly);

    expect(recipients.map(({ subscription: { subscriptionId } }) => subscriptionId)).toEqual(['s-a']);
  });
});
