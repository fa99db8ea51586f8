import type { CloudEvent } from '@icn/contracts';
import { uniqueName, waitFor } from '@icn/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

/**
 * Collects every event on the given topics from a throw-away consumer group. The membership topics
 * are shared with other test runs on the same broker, so assertions select events by a subject (or
 * a name) this test created — never by position or count on the whole topic.
 */
export class EventCollector {
  readonly events: CloudEvent[] = [];
  private consumer: Consumer | undefined;

  constructor(
    private readonly brokers: string,
    private readonly topics: readonly string[],
  ) {}

  async start(): Promise<void> {
    const kafka = new Kafka({ brokers: this.brokers.split(','), clientId: uniqueName('membership-it'), logLevel: logLevel.NOTHING });
    this.consumer = kafka.consumer({ groupId: uniqueName('membership-it'), allowAutoTopicCreation: false });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value) this.events.push(JSON.parse(message.value.toString()) as CloudEvent);
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
  async waitForSubject(subject: string, count: number, timeoutMs = 20_000): Promise<CloudEvent[]> {
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
