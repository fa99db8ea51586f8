import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

export interface FoundRecord {
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/**
 * Reads a shared topic (e.g. a DLQ other test runs write to as well) from the beginning and
 * resolves with the first record that matches, instead of reading a fixed count or until a
 * timeout like @icn/testing's readTopic. Rejects when nothing matched in time.
 */
export async function findRecord(
  brokers: string,
  topic: string,
  matches: (record: FoundRecord) => boolean,
  timeoutMs = 30_000,
): Promise<FoundRecord> {
  const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'matchmaking-int-test', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `matchmaking-int-test-reader-${randomUUID()}`, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<FoundRecord>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching record on ${topic} within ${timeoutMs} ms`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          const record: FoundRecord = {
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers: Object.fromEntries(
              Object.entries(message.headers ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : String(value ?? '')]),
            ),
          };
          if (matches(record)) {
            clearTimeout(timer);
            resolve(record);
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
}
