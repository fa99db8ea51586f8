import type { CloudEvent } from '@icn/contracts';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

/**
 * Collects the events of some topics from a throw-away consumer group, from the beginning. The topics
 * are shared with every other run on the same broker, so assertions select events by a subject this
 * test created — never by position or count on the whole topic.
 *
 * A record that is not a CloudEvent (another suite parks `not a CloudEvent` on a topic to prove the
 * dead-letter path) is counted in `skipped`, never thrown: a throw from `eachMessage` stops kafkajs
 * at that offset, and every later event of the partition would never arrive.
 */
export class CloudEventCollector {
  readonly events: CloudEvent[] = [];
  skipped = 0;
  private consumer: Consumer | undefined;

  constructor(
    private readonly brokers: string,
    private readonly topics: readonly string[],
    private readonly clientPrefix = 'events-it',
  ) {}

  async start(): Promise<void> {
    const kafka = new Kafka({ brokers: this.brokers.split(','), clientId: uniqueName(this.clientPrefix), logLevel: logLevel.NOTHING });
    this.consumer = kafka.consumer({ groupId: uniqueName(this.clientPrefix), allowAutoTopicCreation: false });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        const event = cloudEventOf(message.value?.toString());
        if (event === undefined) this.skipped += 1;
        else this.events.push(event);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  bySubject(subject: string): CloudEvent[] {
    return this.events.filter((event) => event.subject === subject);
  }

  /** Waits until `count` events of this subject arrived, then returns them in arrival order. */
  waitForSubject(subject: string, count: number, timeoutMs = 30_000): Promise<CloudEvent[]> {
    return waitFor(() => (this.bySubject(subject).length >= count ? this.bySubject(subject) : undefined), {
      timeoutMs,
      description: `${count} event(s) with subject ${subject}`,
    });
  }

  /** Lets in-flight events arrive before asserting that something was NOT published. */
  settle(ms = 1500): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/** The record as a CloudEvent, or undefined when it is not JSON or has no CloudEvents envelope. */
export function cloudEventOf(value: string | undefined): CloudEvent | undefined {
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const envelope = parsed as Record<string, unknown>;
  return typeof envelope['specversion'] === 'string' && typeof envelope['type'] === 'string' ? (parsed as CloudEvent) : undefined;
}
