import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { EmittedMessage } from './committed-contract';

/** Offsets per partition per topic. */
export type TopicOffsets = Record<string, Record<number, string>>;

/** The platform's event topics: `icn.*`, not the dead-letter topics (what lands there was refused). */
export function isEventTopic(topic: string): boolean {
  return topic.startsWith('icn.') && !topic.endsWith('.dlq');
}

/** Where every event topic ends now; what is produced from here on is what a run emitted. */
export async function eventTopicEnds(kafka: Kafka): Promise<TopicOffsets> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(isEventTopic).sort();
    const offsets = await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic)));
    return Object.fromEntries(topics.map((topic, index) => [topic, Object.fromEntries(offsets[index].map(({ partition, high }) => [partition, high]))]));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every message produced to the event topics between `from` and `until` (a topic created in
 * between is read from its start). A throwaway consumer seeks each partition to `from`, so nothing
 * before it is ever fetched: the shared topics hold every earlier run's history. (Not kafkajs'
 * admin.setOffsets: it runs a consumer per topic, ~5 s each.)
 */
export async function readBetween(kafka: Kafka, from: TopicOffsets, until: TopicOffsets, timeoutMs = 180_000): Promise<EmittedMessage[]> {
  const pending = new Map<string, bigint>();
  const starts: TopicOffsets = {};
  for (const [topic, ends] of Object.entries(until)) {
    starts[topic] = {};
    for (const [partition, end] of Object.entries(ends)) {
      const start = from[topic]?.[Number(partition)] ?? '0';
      starts[topic][Number(partition)] = start;
      if (BigInt(end) > BigInt(start)) pending.set(`${topic}/${partition}`, BigInt(end) - 1n);
    }
  }
  const topics = Object.keys(until).filter((topic) => Object.keys(until[topic]).some((partition) => pending.has(`${topic}/${partition}`)));
  if (topics.length === 0) return [];

  const groupId = `e2e-contract-${randomBytes(6).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  const messages: EmittedMessage[] = [];
  try {
    // Short fetch waits: most partitions are done after a few messages, and a fetch that waits for
    // more data (5 s by default) would hold up the last ones.
    const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, maxWaitTimeInMs: 200 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics, fromBeginning: false });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`read ${messages.length} messages, still waiting for ${[...pending.keys()].join(', ')} after ${timeoutMs} ms`)), timeoutMs);
        const running = consumer.run({
          eachMessage: async ({ topic, partition, message }) => {
            const last = pending.get(`${topic}/${partition}`);
            if (last === undefined || BigInt(message.offset) > last) return;
            messages.push({ topic, partition, offset: message.offset, key: message.key?.toString(), value: message.value?.toString(), headers: decodeHeaders(message.headers) });
            if (BigInt(message.offset) === last) pending.delete(`${topic}/${partition}`);
            if (pending.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
        // Seeks apply to the partitions' next fetch, however the group assigns them.
        void running.then(() => {
          for (const topic of topics) {
            for (const [partition, offset] of Object.entries(starts[topic])) consumer.seek({ topic, partition: Number(partition), offset });
          }
        }, reject);
      });
    } finally {
      await consumer.disconnect();
    }
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  return messages;
}

function decodeHeaders(headers: Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) decoded[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return decoded;
}
