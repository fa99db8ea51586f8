import { Module } from '@nestjs/common';
import { MailConfigModule } from './mail-config.module';
import { loadOpportunityMailTemplates } from './rendering/mail-templates';

/** Injection token of the parsed opportunity mail templates. */
export const OPPORTUNITY_MAIL_TEMPLATES = Symbol('OPPORTUNITY_MAIL_TEMPLATES');

/**
 * E-mail delivery (issue 15, ADR 18). At start it validates the relay settings and reads and parses
 * the templates, so a bad setting or a broken template stops the service instead of the first mail.
 * The e-mail channel of subscriptions and the sending worker build on these (not yet wired).
 */
@Module({
  imports: [MailConfigModule],
  providers: [{ provide: OPPORTUNITY_MAIL_TEMPLATES, useFactory: () => loadOpportunityMailTemplates() }],
  exports: [MailConfigModule, OPPORTUNITY_MAIL_TEMPLATES],
})
export class MailModule {}
