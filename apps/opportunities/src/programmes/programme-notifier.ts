import type { OpportunitySnapshotV1, ProgrammeSnapshotV1 } from '@icn/contracts';
import { Injectable } from '@nestjs/common';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
import { notificationIdOf, programmeOpenedCause } from '../notifications/domain/notification-id';
import { DeadlineFollowRepository } from '../reminders/persistence/deadline-follow.repository';
import type { SubscriptionState } from '../subscriptions/domain/subscription';
import { SubscriptionRepository } from '../subscriptions/persistence/subscription.repository';
import { callWindowPhase, programmeAsOpportunity } from './domain/programme-as-opportunity';
import { announcementRecipients, changeRecipients, isMaterialChange } from './domain/programme-notification-plan';
import { PartnerProgrammeRepository } from './persistence/partner-programme.repository';

/**
 * Puts partner programmes through the same fan-out as opportunities (feeds, hence SSE and the
 * notification topic; webhooks; e-mail): `published` once per programme and subscription when its
 * call window is open, `updated` on a material change. The notified subscriptions follow the
 * programme like an opportunity (reminders before the window closes, the iCalendar feed). Every
 * step is idempotent (notification ids from the cause), so a re-run completes what a crash left.
 */
@Injectable()
export class ProgrammeNotifier {
  constructor(
    private readonly programmes: PartnerProgrammeRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly follows: DeadlineFollowRepository,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  /**
   * A programme's new state from the network: announce it if its window is open and it was not
   * announced yet, else notify a material change. Judged at `now` (when it is handled), not at the
   * event's time: a programme whose window closed meanwhile is not announced any more.
   */
  async onProgrammeState(programme: ProgrammeSnapshotV1, causedByEventId: string, now: Date): Promise<void> {
    const stored = await this.programmes.store(programme);
    if (stored === undefined) return; // older than what this service holds
    const phase = callWindowPhase(programme.callWindow, now);
    if (phase === 'open' && !stored.announced) {
      await this.announce(programme, now, causedByEventId);
      return;
    }
    if (stored.previous !== undefined && isMaterialChange(stored.previous, programme)) await this.notifyChange(programme, causedByEventId, now);
  }

  /** Tells every matching subscription that the programme's window is open (once each), then records it announced. */
  async announce(programme: ProgrammeSnapshotV1, now: Date, causedByEventId?: string): Promise<number> {
    const view = programmeAsOpportunity(programme, now);
    const recipients = announcementRecipients(await this.subscriptions.allLive(), view, now);
    await this.dispatch(recipients, view, programme, (subscription) => ({
      notificationId: notificationIdOf(subscription.subscriptionId, programmeOpenedCause(programme.programmeId)),
      kind: 'published',
      ...(causedByEventId ? { causedByEventId } : {}),
    }));
    await this.programmes.markAnnounced(programme.programmeId, now);
    return recipients.length;
  }

  private async notifyChange(programme: ProgrammeSnapshotV1, causedByEventId: string, now: Date): Promise<void> {
    const view = programmeAsOpportunity(programme, now);
    const [candidates, followers] = await Promise.all([this.subscriptions.allLive(), this.follows.followerIds(programme.programmeId)]);
    const recipients = changeRecipients(candidates, view, followers, callWindowPhase(programme.callWindow, now), now);
    // Followers' copy stays current (reminders and the calendar read the new deadline) even when nobody is told.
    if (recipients.length === 0 && followers.size > 0) await this.follows.record(view, []);
    await this.dispatch(recipients, view, programme, (subscription) => ({
      notificationId: notificationIdOf(subscription.subscriptionId, causedByEventId),
      kind: 'updated',
      causedByEventId,
    }));
  }

  private async dispatch(
    recipients: readonly SubscriptionState[],
    view: OpportunitySnapshotV1,
    programme: ProgrammeSnapshotV1,
    identify: (subscription: SubscriptionState) => { notificationId: string; kind: 'published' | 'updated'; causedByEventId?: string },
  ): Promise<void> {
    if (recipients.length === 0) return;
    // The follow first, as for opportunities: whoever heard of it is reminded and sees it in the calendar.
    await this.follows.record(
      view,
      recipients.map((subscription) => subscription.subscriptionId),
    );
    await this.dispatcher.notifyAll(
      recipients.map((subscription) => ({
        subscription,
        notification: { ...identify(subscription), opportunity: view, programme },
      })),
    );
  }
}
