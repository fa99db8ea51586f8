import { CloudEventCollector } from '@icn/testing';

/** Membership's topics collected from the beginning (see CloudEventCollector). */
export class EventCollector extends CloudEventCollector {
  constructor(brokers: string, topics: readonly string[]) {
    super(brokers, topics, 'membership-it');
  }

  /** Membership's writes are awaited for at most 20 s. */
  override waitForSubject(subject: string, count: number, timeoutMs = 20_000) {
    return super.waitForSubject(subject, count, timeoutMs);
  }
}
