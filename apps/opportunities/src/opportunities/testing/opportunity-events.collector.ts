import { Topics, type CloudEvent } from '@icn/contracts';
import { uniqueName, waitFor } from '@icn/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

/**
 * Collects one topic's events (the opportunity topic unless told) from a throw-away consumer group.
 * The topic is shared with other test runs, so assertions select events by subject (an id this
 * test created).
 */
export class OpportunityEventCollector {
  readonly events: CloudEvent[] = [];
  private consumer: Consumer | undefined;

  constructor(
    private readonly brokers: string,
    private readonly topic: string = Topics.opportunitiesOpportunity,
  ) {}

  async start(): Promise<void> {
    const kafka = new Kafka({ brokers: this.brokers.split(','), clientId: uniqueName('opportunities-it'), logLevel: logLevel.NOTHING });
    this.consumer = kafka.consumer({ groupId: uniqueName('opportunities-it'), allowAutoTopicCreation: false });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.topic], fromBeginning: true });
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
