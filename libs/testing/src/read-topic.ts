import { Kafka, logLevel } from 'kafkajs';
import { uniqueName } from './unique-name';

export interface TopicRecord {
  partition: number;
  offset: string;
  key: string | null;
  /** The value as a string, and parsed when it is JSON (undefined otherwise). */
  raw: string | null;
  json: unknown;
  headers: Record<string, string>;
}

export interface ReadTopicOptions {
  /** Resolve as soon as this many records arrived (otherwise read until the timeout). */
  untilCount?: number;
  timeoutMs?: number;
}

/**
 * Reads a topic from the beginning with a throw-away consumer group, for assertions. Resolves with
 * what arrived when `untilCount` is reached or the timeout passes (it does not throw on timeout,
 * so a test can assert "exactly N" by reading until the timeout).
 */
export async function readTopic(brokers: string, topic: string, options: ReadTopicOptions = {}): Promise<TopicRecord[]> {
  const kafka = new Kafka({ brokers: brokers.split(','), clientId: uniqueName('read-topic'), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: uniqueName('read-topic'), allowAutoTopicCreation: false });
  const records: TopicRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.timeoutMs ?? 10_000);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const raw = message.value?.toString() ?? null;
          records.push({ partition, offset: message.offset, key: message.key?.toString() ?? null, raw, json: tryParse(raw), headers: decodeHeaders(message.headers) });
          if (options.untilCount !== undefined && records.length >= options.untilCount) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

function tryParse(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function decodeHeaders(headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    decoded[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return decoded;
}
