import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Connection } from 'mongoose';
import { MAIL_CONFIG, type MailConfig } from '../mail.config';

export const MAIL_TEST_CLOCK_COLLECTION = 'mail_test_clock';

interface ClockDocument {
  _id: string;
  now: Date;
}

/**
 * The digest scheduler's "now". Real time, unless MAIL_TEST_CLOCK is on (tests only): then the
 * instant stored in mail_test_clock, shared by every replica and kept across restarts, so a test
 * can move the whole service to a recipient's local hour without waiting for it.
 */
@Injectable()
export class MailClock {
  private readonly clock: Collection<ClockDocument> | undefined;

  constructor(@Inject(MAIL_CONFIG) config: MailConfig, @Inject(CONFIG) serviceConfig: { NODE_ENV: string }, @Inject(DATABASE_CONNECTION) connection: Connection) {
    if (config.MAIL_TEST_CLOCK && serviceConfig.NODE_ENV === 'production') throw new Error('MAIL_TEST_CLOCK: is refused with NODE_ENV=production');
    this.clock = config.MAIL_TEST_CLOCK ? (connection.collection<ClockDocument>(MAIL_TEST_CLOCK_COLLECTION) as unknown as Collection<ClockDocument>) : undefined;
  }

  async now(): Promise<Date> {
    if (!this.clock) return new Date();
    return (await this.clock.findOne({ _id: 'now' }))?.now ?? new Date();
  }
}
