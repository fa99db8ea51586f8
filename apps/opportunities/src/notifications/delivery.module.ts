import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MailModule } from '../mail/mail.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { RemindersModule } from '../reminders/reminders.module';
import { StreamingModule } from '../streaming/streaming.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { NotificationsModule } from './notifications.module';

/**
 * Delivery of opportunities to subscribers: subscriptions, the notification pipeline and feeds,
 * SSE streams, webhooks, reminders, matchmaking's recommendations, the network's partner programmes, the iCalendar feed and e-mail. The app module imports only this.
 */
@Module({
  imports: [SubscriptionsModule, NotificationsModule, StreamingModule, WebhooksModule, RemindersModule, RecommendationsModule, ProgrammesModule, CalendarModule, MailModule],
})
export class DeliveryModule {}
