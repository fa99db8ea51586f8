import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { FeedModule } from '../notifications/feed.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { MailDeliveriesController } from './http/mail-deliveries.controller';
import { MailUnsubscribeController } from './http/mail-unsubscribe.controller';
import { MailConfigModule } from './mail-config.module';
import { MailDeliveryMetrics } from './mail-delivery-metrics';
import { MailDeliveryService } from './mail-delivery.service';
import { MailDeliveryRepository } from './persistence/mail-delivery.repository';
import { loadOpportunityMailTemplates } from './rendering/mail-templates';
import { OPPORTUNITY_MAIL_TEMPLATES } from './rendering/opportunity-mail-templates.token';
import { loadUnsubscribePage, UNSUBSCRIBE_PAGE } from './rendering/unsubscribe-page';
import { MailClock } from './scheduling/mail-clock';
import { MailScheduler } from './scheduling/mail-scheduler';

/**
 * E-mail delivery (issue 15, ADR 19): the relay settings and the templates (validated and parsed
 * at start, so a bad setting or a broken template stops the service instead of the first mail),
 * the scheduler (instant mail from the notification dispatcher, digests per period on the
 * recipients' clock), the delivery log and its worker (exactly once per claim and recipient across
 * replicas) with its API, and the one-click unsubscribe endpoint.
 */
@Module({
  imports: [MailConfigModule, DirectoryModule, FeedModule, SubscriptionsModule],
  controllers: [MailUnsubscribeController, MailDeliveriesController],
  providers: [
    { provide: OPPORTUNITY_MAIL_TEMPLATES, useFactory: () => loadOpportunityMailTemplates() },
    { provide: UNSUBSCRIBE_PAGE, useFactory: () => loadUnsubscribePage() },
    MailDeliveryRepository,
    MailDeliveryMetrics,
    MailDeliveryService,
    MailClock,
    MailScheduler,
  ],
  // The notification dispatcher hands each batch to the scheduler.
  exports: [MailScheduler],
})
export class MailModule {}
