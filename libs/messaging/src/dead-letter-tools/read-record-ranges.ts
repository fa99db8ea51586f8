import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { commitGroupOffsets } from '../consumer/commit-group-offsets';
import type { StoredRecord } from './dead-letter-record';

/** Offsets `from` (inclusive) to `to` (exclusive) of one partition. */
export interface RecordRange {
  topic: string;
  partition: number;
  from: string;
  to: string;
}

export interface ReadRecordRangesOptions {
  /** Give up (throwing, naming what is missing) after this long. */
  timeoutMs?: number;
  /** Prefix of the throw-away consumer group's id (kept short and recognisable in the broker's group list). */
  groupPrefix?: string;
}

/**
 * Reads the given offset ranges of one or more topics and returns their records, in offset order per
 * partition. A consumer in a throw-away group (deleted afterwards) starts each partition at its
 * range and stops once every range is read, so an operator's read neither moves nor
 * leaves behind any group's position. A range whose records were compacted or deleted by retention
 * ends early: what is not there is simply not returned.
 */
export async function readRecordRanges(kafka: Kafka, ranges: readonly RecordRange[], options: ReadRecordRangesOptions = {}): Promise<StoredRecord[]> {
  const wanted = new Map<string, RecordRange>();
  for (const range of ranges) {
    if (BigInt(range.from) >= BigInt(range.to)) continue;
    const key = partitionKey(range.topic, range.partition);
    if (wanted.has(key)) throw new Error(`two ranges for ${key}`);
    wanted.set(key, range);
  }
  if (wanted.size === 0) return [];
  const groupId = `${options.groupPrefix ?? 'icn-ops-read'}-${randomUUID()}`;
  const topics = [...new Set([...wanted.values()].map((range) => range.topic))];
  // The throw-away group starts where it is told: each range's start, and the end of every other
  // partition of the same topics (nothing to read there). Committed before the consumer joins, so
  // no record can arrive from elsewhere first (as it could before a seek took effect).
  const starts = (await Promise.all(topics.map(async (topic) => (await watermarksOf(kafka, topic)).map((mark) => ({ topic, ...mark }))))).flat();
  await commitGroupOffsets(
    kafka,
    groupId,
    starts.map(({ topic, partition, high }) => ({ topic, partition, offset: wanted.get(partitionKey(topic, partition))?.from ?? high })),
  );
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 250, retry: { restartOnFailure: () => Promise.resolve(false) } });
  const records: StoredRecord[] = [];
  const pending = new Set(wanted.keys());
  const timeoutMs = options.timeoutMs ?? 60_000;
  await consumer.connect();
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${[...pending].join(', ')} did not finish within ${timeoutMs} ms`)), timeoutMs);
      const fail = (error: unknown): void => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      consumer.on(consumer.events.CRASH, ({ payload }) => fail(payload.error));
      // A start deleted by retention meanwhile resets to the earliest record still there.
      void consumer
        .subscribe({ topics, fromBeginning: true })
        .then(() =>
          consumer.run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              const key = partitionKey(batch.topic, batch.partition);
              const range = wanted.get(key);
              if (range === undefined || !pending.has(key)) return;
              for (const message of batch.messages) {
                const offset = BigInt(message.offset);
                if (offset < BigInt(range.from) || offset >= BigInt(range.to)) continue;
                records.push({
                  topic: batch.topic,
                  partition: batch.partition,
                  offset: message.offset,
                  timestamp: message.timestamp,
                  key: message.key,
                  value: message.value,
                  headers: message.headers ?? {},
                });
              }
              // The batch's last offset, not its last message's: a range may end on a record that is gone.
              if (BigInt(batch.lastOffset()) >= BigInt(range.to) - 1n) {
                pending.delete(key);
                consumer.pause([{ topic: batch.topic, partitions: [batch.partition] }]);
                if (pending.size === 0) {
                  clearTimeout(timer);
                  resolve();
                }
              }
            },
          }),
        )
        .catch(fail);
    });
  } finally {
    await consumer.disconnect();
    await deleteGroup(kafka, groupId);
  }
  return records.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition || compareOffsets(a.offset, b.offset));
}

/** Each partition's earliest and next offset (`low`, `high`) as the broker reports them now. */
export async function watermarksOf(kafka: Kafka, topic: string): Promise<{ partition: number; low: string; high: string }[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.map(({ partition, low, high }) => ({ partition, low, high })).sort((a, b) => a.partition - b.partition);
  } finally {
    await admin.disconnect();
  }
}

/** Per partition, the first offset whose record is at least as recent as `timestamp` (the end when none is). */
export async function offsetsAtTime(kafka: Kafka, topic: string, timestamp: number): Promise<{ partition: number; offset: string }[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsetsByTimestamp(topic, timestamp)).map(({ partition, offset }) => ({ partition, offset }));
  } finally {
    await admin.disconnect();
  }
}

export function compareOffsets(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

function partitionKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}

async function deleteGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    // It committed nothing; deleting it keeps the broker's group list free of operator reads.
    await admin.deleteGroups([groupId]).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
