import {
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityExpired,
  OpportunityPublished,
  OpportunityUpdated,
  type CloudEvent,
  type OpportunityCancelledV1,
  type OpportunityClosedV1,
  type OpportunityDeadlineExtendedV1,
  type OpportunityExpiredV1,
  type OpportunityPublishedV1,
  type OpportunitySnapshotV1,
  type OpportunityUpdatedV1,
} from '@icn/contracts';
import { OnEvent } from '@icn/messaging';
import { Controller } from '@nestjs/common';
import { DeadlineFollowRepository } from '../../reminders/persistence/deadline-follow.repository';
import { SubscriptionRepository } from '../../subscriptions/persistence/subscription.repository';
import { shouldNotify, type LifecycleKind } from '../domain/notification-decision';
import { NotificationDispatcher } from '../notification-dispatcher';
import { notificationIdOf } from '../domain/notification-id';
import { NOTIFICATIONS_GROUP } from './opportunity-notifications.consumer';

interface OpportunityEventData {
  opportunity: OpportunitySnapshotV1;
  previousDeadline?: string;
}

/**
 * Turns each opportunity event into notifications for the subscriptions it concerns. Runs in the
 * shared group NOTIFICATIONS_GROUP (a controller of the event transport, without routes): one replica per partition, so one opportunity's
 * events are handled in order. The matching instant is the event's time, so a re-run decides the
 * same; the notification id derives from (subscription, event id), so a re-run appends nothing twice.
 */
@Controller()
export class OpportunityNotificationHandlers {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly follows: DeadlineFollowRepository,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  @OnEvent(OpportunityPublished, { group: NOTIFICATIONS_GROUP })
  published(event: CloudEvent<OpportunityPublishedV1>): Promise<void> {
    return this.handle(event, 'published');
  }

  @OnEvent(OpportunityUpdated, { group: NOTIFICATIONS_GROUP })
  updated(event: CloudEvent<OpportunityUpdatedV1>): Promise<void> {
    return this.handle(event, 'updated');
  }

  @OnEvent(OpportunityDeadlineExtended, { group: NOTIFICATIONS_GROUP })
  deadlineExtended(event: CloudEvent<OpportunityDeadlineExtendedV1>): Promise<void> {
    return this.handle(event, 'deadline-extended');
  }

  @OnEvent(OpportunityClosed, { group: NOTIFICATIONS_GROUP })
  closed(event: CloudEvent<OpportunityClosedV1>): Promise<void> {
    return this.handle(event, 'closed');
  }

  @OnEvent(OpportunityCancelled, { group: NOTIFICATIONS_GROUP })
  cancelled(event: CloudEvent<OpportunityCancelledV1>): Promise<void> {
    return this.handle(event, 'cancelled');
  }

  @OnEvent(OpportunityExpired, { group: NOTIFICATIONS_GROUP })
  expired(event: CloudEvent<OpportunityExpiredV1>): Promise<void> {
    return this.handle(event, 'expired');
  }

  async handle(event: CloudEvent<OpportunityEventData>, kind: LifecycleKind): Promise<void> {
    const opportunity = event.data.opportunity;
    const now = new Date(event.time);
    // A publication is the opportunity's first event: it has no followers yet to look up.
    const [candidates, followers] = await Promise.all([
      this.subscriptions.allLive(),
      kind === 'published' ? Promise.resolve(new Set<string>()) : this.follows.followerIds(opportunity.opportunityId),
    ]);
    const concerned = candidates.filter((subscription) =>
      shouldNotify(kind, subscription, opportunity, followers.has(subscription.subscriptionId), now),
    );
    if (concerned.length === 0) return;
    // The follow first: once a subscriber has heard of the change, reminders and the calendar
    // already know it (a failure in between is retried, and both steps are idempotent).
    await this.follows.record(
      opportunity,
      concerned.map((subscription) => subscription.subscriptionId),
    );
    await this.dispatcher.notifyAll(
      concerned.map((subscription) => ({
        subscription,
        notification: {
          notificationId: notificationIdOf(subscription.subscriptionId, event.id),
          kind,
          opportunity,
          ...(event.data.previousDeadline ? { previousDeadline: event.data.previousDeadline } : {}),
          causedByEventId: event.id,
        },
      })),
    );
  }
}
