import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { PeriodicScan } from '../scheduling/periodic-scan';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../notifications/delivery.config';
import { NotificationDispatcher, type Recipient } from '../notifications/notification-dispatcher';
import { notificationIdOf, reminderCause } from '../notifications/domain/notification-id';
import { isVisibleTo } from '../notifications/domain/opportunity-match';
import type { SubscriptionState } from '../subscriptions/domain/subscription';
import { SubscriptionRepository } from '../subscriptions/persistence/subscription.repository';
import { DeadlineFollowRepository, type DeadlineFollow } from './persistence/deadline-follow.repository';
import { dueReminder, reminderHorizon } from './domain/reminder-plan';

const PAGE = 500;
/** Reminder ids already known to be in their feed; bounded, it only saves lookups. */
const SENT_CACHE_LIMIT = 100_000;

/**
 * Reminds followers before deadlines (REMINDER_DAYS, default 14 and 3 days). Every replica may
 * run it: a reminder's notification id is derived from (subscription, opportunity, deadline, lead
 * time), and the feed accepts an id once — so each reminder is sent at most once, and a deadline
 * extension (a new deadline) plans new reminders.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly periodic: PeriodicScan;
  private readonly sent = new Set<string>();

  constructor(
    private readonly follows: DeadlineFollowRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly dispatcher: NotificationDispatcher,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.periodic = new PeriodicScan({ name: 'reminder', intervalMs: config.REMINDER_POLL_MS, logger }, (now) => this.scan(now));
  }

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.periodic.stop();
  }

  /** One scan; resolves with the number of reminders sent. Concurrent calls share the scan. */
  runOnce(now = new Date()): Promise<number> {
    return this.periodic.runOnce(now);
  }

  private async scan(now: Date): Promise<number> {
    const horizon = reminderHorizon(now, this.config.REMINDER_DAYS);
    const subscriptions = new Map<string, SubscriptionState | null>();
    let sent = 0;
    let afterId: string | undefined;
    for (;;) {
      const page = await this.follows.openWithDeadlineBetween(now, horizon, PAGE, afterId);
      for (const follow of page) sent += await this.remindFollowers(follow, now, subscriptions);
      if (page.length < PAGE) return sent;
      afterId = page[page.length - 1].id;
    }
  }

  /**
   * The reminder due now for one opportunity, to each follower not reminded yet: one feed batch.
   * No look-up first (on FerretDB a look-up by notification id reads the whole feed): the feed
   * accepts a notification id once, so a reminder sent before a restart is found, not sent again.
   */
  private async remindFollowers(follow: DeadlineFollow, now: Date, subscriptions: Map<string, SubscriptionState | null>): Promise<number> {
    const days = dueReminder(follow.deadline, now, this.config.REMINDER_DAYS);
    if (days === undefined) return 0;
    const opportunity = follow.opportunity;
    const recipients: Recipient[] = [];
    for (const subscriptionId of follow.followers) {
      const notificationId = notificationIdOf(subscriptionId, reminderCause(opportunity.opportunityId, opportunity.deadline, days));
      if (this.sent.has(notificationId)) continue;
      if (!subscriptions.has(subscriptionId)) subscriptions.set(subscriptionId, await this.subscriptions.findLive(subscriptionId));
      const subscription = subscriptions.get(subscriptionId);
      if (!subscription || !isVisibleTo(opportunity, subscription.subscriber)) continue;
      recipients.push({ subscription, notification: { notificationId, kind: 'deadline-reminder', opportunity, daysBeforeDeadline: days } });
    }
    if (recipients.length === 0) return 0;
    const results = await this.dispatcher.notifyAll(recipients);
    if (this.sent.size + recipients.length > SENT_CACHE_LIMIT) this.sent.clear();
    for (const { notification } of recipients) this.sent.add(notification.notificationId);
    return results.filter((result) => result.created).length;
  }
}
