import { Module } from '@nestjs/common';
import { MAIL_CONFIG, loadMailConfig } from './mail.config';

/** Validates the mail settings once at start-up (a bad value stops the service with its name). */
@Module({
  providers: [{ provide: MAIL_CONFIG, useFactory: () => loadMailConfig() }],
  exports: [MAIL_CONFIG],
})
export class MailConfigModule {}
