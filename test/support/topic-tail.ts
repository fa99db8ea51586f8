import type { Kafka } from 'kafkajs';
import { randomToken } from './unique-id';
import { positionGroupAtEnd } from '@icn/messaging';
import { waitFor } from './wait-for';

export interface TailedMessage {
  partition: number;
  offset: string;
  key: string | undefined;
  value: string | undefined;
  headers: Record<string, string>;
}

/**
 * Reads what arrives on a shared topic from a moment on: `TopicTail.fromNow()` records the end
 * offsets (as a throwaway consumer group's committed position) before the scenario acts, and
 * `collect()` then reads from there, so other runs' older messages never have to be scanned.
 */
export class TopicTail {
  private constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly groupId: string,
  ) {}

  static async fromNow(kafka: Kafka, topic: string): Promise<TopicTail> {
    const groupId = `e2e-tail-${randomToken(10)}`;
    await positionGroupAtEnd(kafka, groupId, [topic]);
    return new TopicTail(kafka, topic, groupId);
  }

  /** Reads until `done(messagesSoFar)` holds, then returns every message read. */
  async collect(done: (messages: TailedMessage[]) => boolean, timeoutMs = 60_000): Promise<TailedMessage[]> {
    const messages: TailedMessage[] = [];
    const consumer = this.kafka.consumer({ groupId: this.groupId, sessionTimeout: 10_000 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: this.topic, fromBeginning: false });
      await consumer.run({
        eachMessage: async ({ partition, message }) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(message.headers ?? {})) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
          }
          messages.push({ partition, offset: message.offset, key: message.key?.toString(), value: message.value?.toString(), headers });
        },
      });
      await waitFor(() => done(messages), { timeoutMs, intervalMs: 200, description: `the expected messages on ${this.topic}` });
      return messages;
    } finally {
      await consumer.disconnect();
      const admin = this.kafka.admin();
      await admin.connect();
      await admin.deleteGroups([this.groupId]).catch(() => undefined);
      await admin.disconnect();
    }
  }
}
