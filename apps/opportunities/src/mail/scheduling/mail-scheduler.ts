import type { CloudEvent, NotificationDeliveredV1, NotificationV1 } from '@icn/contracts';
import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { MembershipDirectory } from '../../directory/persistence/membership-directory';
import type { FeedEntry } from '../../notifications/domain/feed-entry';
import { FeedRepository } from '../../notifications/persistence/feed.repository';
import type { SubscriptionState } from '../../subscriptions/domain/subscription';
import { SubscriptionRepository } from '../../subscriptions/persistence/subscription.repository';
import { digestGroups, groupsOf } from '../domain/digest-items';
import { latestDuePeriod, type DigestPeriod, type DigestSchedule } from '../domain/digest-period';
import { sendsAtOnce } from '../domain/priority-rule';
import { MAIL_CONFIG, type MailConfig } from '../mail.config';
import { MailDeliveryService } from '../mail-delivery.service';
import { MailDeliveryRepository, type ScheduledMail } from '../persistence/mail-delivery.repository';
import type { OpportunityMailTemplates } from '../rendering/mail-templates';
import { composeOpportunityMail, type MailSettings, type OpportunityMailInput } from '../rendering/opportunity-mail.composer';
import { OPPORTUNITY_MAIL_TEMPLATES } from '../rendering/opportunity-mail-templates.token';
import { MailClock } from './mail-clock';

/** Entries read per step when looking for a period's start in a feed. */
const PAGE = 200;

/**
 * A period is mailed this long after it ended, not at once: a notification stamped just before the
 * end may still be on its way into the feed (its insert in flight), and must not miss its digest.
 */
export const DIGEST_GRACE_MS = 30_000;

/**
 * Turns notifications into scheduled mail (ADR 19). Instant mail: the notification dispatcher hands
 * over each batch; a notification that goes out at once (an instant channel, or a digest channel's
 * priority rule) is scheduled per recipient, idempotently by `<subscription>:<notification>|<recipient>`.
 * Digests: every MAIL_DIGEST_POLL_MS each replica looks for e-mail subscriptions whose period is
 * over on the recipients' clock; one replica wins the period's claim and schedules exactly the
 * period's notifications of the subscription's feed (so only what the fan-out let the subscriber
 * see), or nothing when there were none.
 */
@Injectable()
export class MailScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  /** Claims this replica saw done: not asked again. */
  private readonly done = new Set<string>();

  constructor(
    private readonly deliveries: MailDeliveryRepository,
    private readonly worker: MailDeliveryService,
    private readonly subscriptions: SubscriptionRepository,
    private readonly feed: FeedRepository,
    private readonly directory: MembershipDirectory,
    private readonly clock: MailClock,
    @Inject(OPPORTUNITY_MAIL_TEMPLATES) private readonly templates: OpportunityMailTemplates,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SMTP_HOST !== '') this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs one digest pass now (tests; the poll does the same). */
  async digestPassNow(): Promise<void> {
    while (this.running) await this.running;
    this.running = this.digestPass().finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running ??= this.digestPass().finally(() => {
        this.running = undefined;
      });
      this.schedule(this.config.MAIL_DIGEST_POLL_MS);
    }, delayMs);
    this.timer.unref();
  }

  /** The dispatcher's batch: whatever goes out at once is scheduled now. */
  async scheduleInstant(recipients: readonly { subscription: SubscriptionState; entry: FeedEntry }[]): Promise<void> {
    let scheduled = 0;
    for (const { subscription, entry } of recipients) {
      const email = subscription.channels.email;
      if (!email || subscription.deleted) continue;
      const notification = notificationOf(entry);
      if (!notification || !sendsAtOnce(email, notification)) continue;
      const claimId = `${subscription.subscriptionId}:${notification.notificationId}`;
      const mails = await this.compose(subscription, claimId, [notification], undefined);
      scheduled += await this.deliveries.schedule(claimId, mails);
    }
    if (scheduled > 0) this.worker.trigger();
  }

  private async digestPass(): Promise<void> {
    try {
      const now = await this.clock.now();
      for (const subscription of await this.subscriptions.allLive()) {
        if (this.stopped) return;
        const email = subscription.channels.email;
        if (!email || email.cadence === 'instant') continue;
        const schedule: DigestSchedule = { cadence: email.cadence, timeZone: email.timeZone, hour: email.hour, ...(email.weekday !== undefined ? { weekday: email.weekday } : {}) };
        const period = latestDuePeriod(schedule, new Date(now.getTime() - DIGEST_GRACE_MS));
        // A period over before the subscription existed holds nothing of it.
        if (period.end.getTime() <= Date.parse(subscription.createdAt)) continue;
        await this.digest(subscription, schedule.cadence, period);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'mail digest pass failed; the next poll retries');
    }
  }

  private async digest(subscription: SubscriptionState, cadence: 'daily' | 'weekly', period: DigestPeriod): Promise<void> {
    const claimId = `${subscription.subscriptionId}:${period.key}`;
    if (this.done.has(claimId)) return;
    const outcome = await this.deliveries.claim(claimId, this.config.SMTP_TIMEOUT_MS * 3 + this.config.MAIL_DIGEST_POLL_MS);
    if (outcome === 'done') this.done.add(claimId);
    if (outcome !== 'claimed') return;
    const notifications = await this.periodNotifications(subscription.subscriptionId, period);
    const groups = digestGroups(notifications, period);
    const mails = groups.length === 0 ? [] : await this.compose(subscription, claimId, groups.flatMap((group) => group.notifications), { cadence, ...period });
    const scheduled = await this.deliveries.schedule(claimId, mails);
    this.done.add(claimId);
    this.logger.info({ subscriptionId: subscription.subscriptionId, period: period.key, notifications: notifications.length, mails: scheduled }, 'mail digest scheduled');
    if (scheduled > 0) this.worker.trigger();
  }

  /**
   * The feed's entries created in the period. The feed is read by id only (ADR 7: FerretDB reads a
   * whole collection for any other filter), in seq order, and entries are created in seq order: so
   * the newest entries are read backwards page by page until one is older than the period.
   */
  private async periodNotifications(subscriptionId: string, period: DigestPeriod): Promise<NotificationV1[]> {
    const last = await this.feed.lastSeq(subscriptionId);
    const found: NotificationV1[] = [];
    for (let until = last; until > 0; until -= PAGE) {
      const page = (await this.feed.readAfter(subscriptionId, Math.max(0, until - PAGE), PAGE, until)).flatMap((entry) => {
        const notification = notificationOf(entry);
        return notification ? [notification] : [];
      });
      found.push(...page);
      if (page.some((notification) => Date.parse(notification.createdAt) < period.start.getTime())) break;
    }
    return found;
  }

  private async compose(subscription: SubscriptionState, claimId: string, notifications: readonly NotificationV1[], digest: OpportunityMailInput['digest']): Promise<ScheduledMail[]> {
    const email = subscription.channels.email;
    const organisationId = subscription.subscriber.organisationId;
    if (!email || !organisationId) return [];
    const contacts = await this.directory.findContacts(organisationId);
    const organisation = await this.directory.findOrganisation(organisationId);
    const publisherIds = [...new Set(notifications.flatMap((notification) => (notification.opportunity.publisher.organisationId ? [notification.opportunity.publisher.organisationId] : [])))];
    const organisationNames = new Map<string, string>();
    for (const id of publisherIds) {
      const publisher = await this.directory.findOrganisation(id);
      if (publisher) organisationNames.set(id, publisher.name);
    }
    const settings: MailSettings = {
      from: this.config.MAIL_FROM,
      consolePublicUrl: this.config.CONSOLE_PUBLIC_URL,
      opportunitiesPublicUrl: this.config.OPPORTUNITIES_PUBLIC_URL,
      unsubscribeSecret: this.config.MAIL_UNSUBSCRIBE_SECRET,
    };
    // A recipient who is no longer a contact of the organisation gets nothing.
    return email.recipients.flatMap((contactId) => {
      const contact = contacts[contactId];
      if (!contact) return [];
      const mail = composeOpportunityMail(
        {
          claimId,
          subscription: { subscriptionId: subscription.subscriptionId, name: subscription.name },
          subscriberLabel: organisation?.name ?? 'your organisation',
          recipient: { contactId, name: contact.name, email: contact.email, timeZone: email.timeZone },
          groups: groupsOf(notifications),
          ...(digest ? { digest } : {}),
          organisationNames,
        },
        settings,
        this.templates,
      );
      return [{ subscriptionId: subscription.subscriptionId, recipientId: contactId, mail }];
    });
  }
}

/** The notification a feed entry carries (its stored NotificationDelivered event). */
function notificationOf(entry: FeedEntry): NotificationV1 | undefined {
  try {
    return (JSON.parse(entry.event) as CloudEvent<NotificationDeliveredV1>).data.notification;
  } catch {
    return undefined;
  }
}
