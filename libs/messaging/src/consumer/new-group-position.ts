import type { Kafka } from 'kafkajs';
import { waitForKafka, type KafkaStartupOptions } from '../kafka/kafka-startup';
import { commitGroupOffsets, groupHasMembers } from './commit-group-offsets';

export interface PartitionOffset {
  partition: number;
  offset: string;
}

/**
 * The partitions a consumer group has never committed, each with the offset to start from (the
 * topic's current end). Kafka reports "no committed offset" as -1. Partitions the group already
 * has a position for are never touched, so a restart (or another replica) resumes where it was.
 */
export function unpositionedPartitions(committed: readonly PartitionOffset[], ends: readonly PartitionOffset[]): PartitionOffset[] {
  const known = new Map(committed.map(({ partition, offset }) => [partition, offset]));
  return ends.filter(({ partition }) => (known.get(partition) ?? '-1') === '-1').map(({ partition, offset }) => ({ partition, offset }));
}

/**
 * Gives a brand-new consumer group a committed position at the topic's current end, for the
 * partitions it has none for, and returns how many it positioned. Called before this process can
 * publish anything, so every event it (or its outbox relay) publishes afterwards lies after the
 * position, and a kill -9 before the group's first own commit cannot move the start forward again.
 * A missing topic has no history to skip: nothing is positioned (the consumer then reads it from
 * the beginning). Transient errors (a topic another service just created, whose partitions have
 * no leader yet; no group coordinator yet) are retried until the start-up deadline, see waitForKafka.
 */
export function positionNewGroupAtEnd(kafka: Kafka, groupId: string, topic: string, startup: KafkaStartupOptions = {}): Promise<number> {
  return waitForKafka(`consumer group ${groupId} positioned at the end of ${topic}`, () => positionOnce(kafka, groupId, topic), startup);
}

async function positionOnce(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  const admin = kafka.admin();
  let partitions: PartitionOffset[];
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return 0;
    // A group with live members (another replica) owns its positions: joining it would rebalance
    // them, and moving an uncommitted partition to the end could skip what they have not read yet.
    if (await groupHasMembers(kafka, groupId)) return 0;
    const ends = (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => ({ partition, offset: high }));
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    partitions = unpositionedPartitions(committed?.partitions ?? [], ends);
  } finally {
    await admin.disconnect();
  }
  await commitGroupOffsets(kafka, groupId, partitions.map(({ partition, offset }) => ({ topic, partition, offset })));
  return partitions.length;
}
