import type { Kafka } from 'kafkajs';
import { KafkaNotReadyError, waitForKafka, type KafkaStartupOptions } from '../kafka/kafka-startup';

export interface TopicPartitionOffset {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Commits the given offsets for a consumer group that is not running, as one short-lived member
 * that joins, commits and leaves (~0.2 s). Not kafkajs' `admin.setOffsets` / `resetOffsets`: they
 * run a consumer per topic until its first fetch, about 5 s each — measured as most of the start-up
 * of every test app and e2e scenario, and of an opportunities replica (its broadcast group).
 * Nothing is consumed: the member is paused and resolves nothing; its only commit is this one.
 */
export async function commitGroupOffsets(kafka: Kafka, groupId: string, offsets: readonly TopicPartitionOffset[]): Promise<void> {
  if (offsets.length === 0) return;
  const topics = [...new Set(offsets.map((offset) => offset.topic))];
  // No restart by kafkajs after a crash: the join's failure is this attempt's, and the caller's
  // start-up retry (waitForKafka) decides whether to try again.
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 100, retry: { restartOnFailure: () => Promise.resolve(false) } });
  await consumer.connect();
  try {
    const joined = new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.GROUP_JOIN, () => resolve());
      // A join that fails (no group coordinator yet on a new broker, say) would otherwise leave this waiting for ever.
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
    });
    await consumer.subscribe({ topics, fromBeginning: false });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
    consumer.pause(topics.map((topic) => ({ topic })));
    await joined;
    await consumer.commitOffsets([...offsets]);
  } finally {
    await consumer.disconnect();
  }
}

/** The current end offset of every partition of the topics that exist (a missing topic has no history). */
export async function endOffsetsOf(kafka: Kafka, topics: readonly string[]): Promise<TopicPartitionOffset[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const ends: TopicPartitionOffset[] = [];
    for (const topic of topics.filter((name) => existing.has(name))) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic)) ends.push({ topic, partition, offset: high });
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

/** Whether the group has members now (a running replica, or a killed one whose session has not expired). */
export async function groupHasMembers(kafka: Kafka, groupId: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return groups.some((group) => group.members.length > 0);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Positions a group that is not running at the current end of the topics: from then on it reads
 * only what is published after this call. Every partition is (re)positioned, whatever the group had.
 * Refuses a group with members, as kafkajs' setOffsets does: moving a live group's offsets would
 * rebalance it and could skip what its members have not read yet. Waits for the broker (and for a
 * group left by a killed member to empty) until the start-up deadline, see waitForKafka.
 */
export async function positionGroupAtEnd(kafka: Kafka, groupId: string, topics: readonly string[], startup: KafkaStartupOptions = {}): Promise<void> {
  await waitForKafka(
    `consumer group ${groupId} positioned at the end of ${topics.join(', ')}`,
    async () => {
      // Retried: a killed member's session expires (KAFKA_CONSUMER_SESSION_TIMEOUT_MS) and the group empties.
      if (await groupHasMembers(kafka, groupId)) throw new KafkaNotReadyError(`consumer group ${groupId} has running members; its offsets are left alone`);
      await commitGroupOffsets(kafka, groupId, await endOffsetsOf(kafka, topics));
    },
    startup,
  );
}
