import { Public, UuidV4Param } from '@icn/platform';
import { Controller, Get, Header, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import { DeadlineFollowRepository } from '../../reminders/persistence/deadline-follow.repository';
import { calendarTokenMatches } from '../../subscriptions/domain/subscription-secrets';
import { SubscriptionRepository } from '../../subscriptions/persistence/subscription.repository';
import { renderCalendar } from '../domain/ical';

/** Deadlines that passed up to this long ago stay in the feed (calendar apps drop what disappears). */
const PAST_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_EVENTS = 1000;

@ApiTags('calendar')
@Controller('subscriptions')
export class CalendarController {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly follows: DeadlineFollowRepository,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
  ) {}

  /**
   * Public because calendar apps cannot send an Authorization header: the feed token in the URL is
   * the credential (returned once when the calendar channel is enabled; only its hash is stored).
   * Any failure is the same 404, so the endpoint does not reveal which subscriptions exist.
   */
  @Public()
  @Get(':subscriptionId/calendar.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: 'iCalendar feed of the deadlines this subscription follows (token from the calendar channel)' })
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'token', required: true })
  @ApiOkResponse({ description: 'text/calendar' })
  async calendar(@Param('subscriptionId', UuidV4Param) subscriptionId: string, @Query('token') token: string | undefined): Promise<string> {
    const subscription = await this.subscriptions.findLive(subscriptionId);
    if (!subscription || !subscription.channels.calendar || !token || !calendarTokenMatches(token, subscription.channels.calendarTokenHash)) {
      throw new NotFoundException('calendar not found');
    }
    const now = new Date();
    const follows = await this.follows.forSubscription(subscriptionId, new Date(now.getTime() - PAST_WINDOW_MS), MAX_EVENTS);
    return renderCalendar(
      follows.map((follow) => ({ opportunity: follow.opportunity, open: follow.open })),
      { name: `ICN opportunities: ${subscription.name}`, now, alarmDays: this.config.REMINDER_DAYS },
    );
  }
}
