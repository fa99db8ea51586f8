import {
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityExpired,
  OpportunityPublished,
  OpportunityUpdated,
  type CloudEvent,
  type EventDefinition,
  type OpportunitySnapshotV1,
} from '@icn/contracts';
import { eventHandler, type EventHandler } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import { DeadlineFollowRepository } from '../reminders/deadline-follow.repository';
import { SubscriptionRepository } from '../subscriptions/persistence/subscription.repository';
import { shouldNotify, type LifecycleKind } from './notification-decision';
import { NotificationDispatcher } from './notification-dispatcher';
import { notificationIdOf } from './notification-id';

interface OpportunityEventData {
  opportunity: OpportunitySnapshotV1;
  previousDeadline?: string;
}

/**
 * Turns each opportunity event into notifications for the subscriptions it concerns. Runs in the
 * shared group `opportunities.notifications`: one replica per partition, so one opportunity's
 * events are handled in order. The matching instant is the event's time, so a re-run decides the
 * same; the notification id derives from (subscription, event id), so a re-run appends nothing twice.
 */
@Injectable()
export class OpportunityNotificationHandlers {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly follows: DeadlineFollowRepository,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  all(): EventHandler[] {
    return [
      this.handlerFor(OpportunityPublished, 'published'),
      this.handlerFor(OpportunityUpdated, 'updated'),
      this.handlerFor(OpportunityDeadlineExtended, 'deadline-extended'),
      this.handlerFor(OpportunityClosed, 'closed'),
      this.handlerFor(OpportunityCancelled, 'cancelled'),
      this.handlerFor(OpportunityExpired, 'expired'),
    ] as EventHandler[];
  }

  private handlerFor<T extends OpportunityEventData>(definition: EventDefinition<T>, kind: LifecycleKind): EventHandler<T> {
    return eventHandler(definition, (event) => this.handle(event, kind));
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
