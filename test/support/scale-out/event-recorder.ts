import { positionGroupAtEnd } from '@icn/messaging';
import type { Consumer, Kafka } from 'kafkajs';
import { randomToken } from '../unique-id';

/** One CloudEvent as read back from a topic (the envelope fields the audit uses, the data as is). */
export interface RecordedEvent {
  topic: string;
  id: string;
  type: string;
  subject: string;
  subjectsequence: number;
  data: Record<string, unknown>;
  /** The whole envelope as parsed: two copies of one event id must be the same event. */
  envelope: unknown;
  /** When the recorder read it (ms since the epoch): tells a copy published after a kill from one before. */
  receivedAt: number;
}

/**
 * Records every message that arrives on a set of shared topics from the moment `start()` is called:
 * the start offsets are committed for a throwaway group (the topics' current ends) before the
 * scenario acts, and a consumer of that group keeps reading in the background until `stop()`.
 * Other runs write to the same topics; the audit filters by the subjects it created.
 */
export class EventRecorder {
  private readonly received: RecordedEvent[] = [];
  private unreadable = 0;

  private constructor(
    private readonly consumer: Consumer,
    private readonly kafka: Kafka,
    private readonly groupId: string,
  ) {}

  static async start(kafka: Kafka, topics: readonly string[]): Promise<EventRecorder> {
    const groupId = `e2e-recorder-${randomToken(10)}`;
    await positionGroupAtEnd(kafka, groupId, topics);
    const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000 });
    const recorder = new EventRecorder(consumer, kafka, groupId);
    await consumer.connect();
    await consumer.subscribe({ topics: [...topics], fromBeginning: false });
    await consumer.run({ eachMessage: async ({ topic, message }) => recorder.record(topic, message.value?.toString()) });
    return recorder;
  }

  private record(topic: string, value: string | undefined): void {
    try {
      const event = JSON.parse(value ?? 'null') as Omit<RecordedEvent, 'topic' | 'envelope' | 'receivedAt'>;
      const { id, type, subject, subjectsequence, data } = event;
      this.received.push({ topic, id, type, subject, subjectsequence, data, envelope: event, receivedAt: Date.now() });
    } catch {
      this.unreadable += 1; // not ours to judge: the contract check validates every message
    }
  }

  /** Everything read so far on `topic` about `subjects` (raw: duplicates included). */
  eventsOf(topic: string, subjects: ReadonlySet<string>): RecordedEvent[] {
    return this.received.filter((event) => event.topic === topic && subjects.has(event.subject));
  }

  get unreadableMessages(): number {
    return this.unreadable;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      await admin.deleteGroups([this.groupId]);
    } catch {
      // best effort: an abandoned recorder group holds nothing
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
