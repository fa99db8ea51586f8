import { Module } from '@nestjs/common';
import { MailUnsubscribeController } from './http/mail-unsubscribe.controller';
import { MailConfigModule } from './mail-config.module';
import { MailDeliveryService } from './mail-delivery.service';
import { MailDeliveryRepository } from './persistence/mail-delivery.repository';
import { loadOpportunityMailTemplates } from './rendering/mail-templates';
import { loadUnsubscribePage, UNSUBSCRIBE_PAGE } from './rendering/unsubscribe-page';

/** Injection token of the parsed opportunity mail templates. */
export const OPPORTUNITY_MAIL_TEMPLATES = Symbol('OPPORTUNITY_MAIL_TEMPLATES');

/**
 * E-mail delivery (issue 15, ADR 19): the relay settings and the templates (validated and parsed
 * at start, so a bad setting or a broken template stops the service instead of the first mail),
 * the delivery log and its worker (exactly once per claim and recipient across replicas), and
 * the one-click unsubscribe endpoint. Scheduling mail from subscriptions' e-mail channel builds
 * on MailDeliveryRepository.claim/schedule (not yet wired: see ADR 19, "Not done yet").
 */
@Module({
  imports: [MailConfigModule],
  controllers: [MailUnsubscribeController],
  providers: [
    { provide: OPPORTUNITY_MAIL_TEMPLATES, useFactory: () => loadOpportunityMailTemplates() },
    { provide: UNSUBSCRIBE_PAGE, useFactory: () => loadUnsubscribePage() },
    MailDeliveryRepository,
    MailDeliveryService,
  ],
  exports: [MailConfigModule, OPPORTUNITY_MAIL_TEMPLATES, MailDeliveryRepository, MailDeliveryService],
})
export class MailModule {}
