import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { MAIL_CONFIG, type MailConfig } from './mail.config';
import { MailDeliveryMetrics } from './mail-delivery-metrics';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailDeliveryRepository } from './persistence/mail-delivery.repository';
import { SmtpMailer } from './transport/smtp-mailer';

/**
 * Runs the mail worker on this replica when a relay is configured (SMTP_HOST); without one, mail
 * that is scheduled waits in the database and nothing is sent.
 */
@Injectable()
export class MailDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly mailer: SmtpMailer | undefined;
  private readonly worker: MailDeliveryWorker | undefined;

  constructor(deliveries: MailDeliveryRepository, metrics: MailDeliveryMetrics, @Inject(MAIL_CONFIG) config: MailConfig, @Inject(LOGGER) logger: Logger) {
    if (config.SMTP_HOST !== '') {
      this.mailer = new SmtpMailer(config);
      this.worker = new MailDeliveryWorker(deliveries, this.mailer, config, logger, metrics);
    }
  }

  onApplicationBootstrap(): void {
    this.worker?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.stop();
    this.mailer?.close();
  }

  /** New mail was scheduled: send it now rather than at the next poll. */
  trigger(): void {
    this.worker?.trigger();
  }
}
