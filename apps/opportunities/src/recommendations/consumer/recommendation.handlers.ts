import { OpportunityMatchesSuggested, type CloudEvent, type OpportunityMatchesSuggestedV1 } from '@icn/contracts';
import { OnEvent } from '@icn/messaging';
import { Controller } from '@nestjs/common';
import { NotificationDispatcher } from '../../notifications/notification-dispatcher';
import { notificationIdOf, recommendationCause } from '../../notifications/domain/notification-id';
import { toSnapshot } from '../../opportunities/domain/opportunity-snapshot';
import { OpportunityRepository } from '../../opportunities/persistence/opportunity.repository';
import { DeadlineFollowRepository } from '../../reminders/persistence/deadline-follow.repository';
import { SubscriptionRepository } from '../../subscriptions/persistence/subscription.repository';
import { RECOMMENDATIONS_GROUP } from './recommendation.consumer';
import { recommendationRecipients } from '../domain/recommendation-recipients';

/**
 * Turns matchmaking's suggestions for an opportunity into `recommended` notifications on the
 * suggested organisations' streams (and webhooks), through the same feeds as every notification.
 * The opportunity is read from this service's own store: if it has ended since matchmaking ranked
 * it, nobody is told; otherwise subscribers get its current state. The notification id derives
 * from (subscription, opportunity): an opportunity is recommended to a subscription at most once,
 * even if suggestions for it were published twice. A controller of the event transport, without routes.
 */
@Controller()
export class RecommendationHandlers {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly follows: DeadlineFollowRepository,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  @OnEvent(OpportunityMatchesSuggested, { group: RECOMMENDATIONS_GROUP })
  async recommend(event: CloudEvent<OpportunityMatchesSuggestedV1>): Promise<void> {
    const current = await this.opportunities.findById(event.data.opportunity.opportunityId);
    if (current === null || current.status !== 'published') return;
    const opportunity = toSnapshot(current);
    const recipients = recommendationRecipients(await this.subscriptions.allLive(), event.data.suggestions, opportunity);
    if (recipients.length === 0) return;
    // Recommended means heard of: reminders, updates and the calendar follow it from now on.
    await this.follows.record(
      opportunity,
      recipients.map(({ subscription }) => subscription.subscriptionId),
    );
    await this.dispatcher.notifyAll(
      recipients.map(({ subscription, suggestion }) => ({
        subscription,
        notification: {
          notificationId: notificationIdOf(subscription.subscriptionId, recommendationCause(event.data.opportunity.opportunityId)),
          kind: 'recommended',
          opportunity,
          recommendation: { rank: suggestion.rank, score: suggestion.score, reasons: suggestion.reasons },
          causedByEventId: event.id,
        },
      })),
    );
  }
}
