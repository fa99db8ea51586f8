import { Kafka, logLevel } from 'kafkajs';

/** A kafkajs client for the test itself (positioning groups, producing raw events, reading DLQs). */
export function testKafka(brokers: string, clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers: brokers.split(',').map((broker) => broker.trim()),
    // kafkajs logs every retried metadata request at ERROR; the assertions say what matters.
    logLevel: logLevel.NOTHING,
  });
}

/**
 * Commits, for a consumer group that has never run, the current end offset of every partition of
 * the given topics (those that exist; a topic created later has no history to skip). The topics
 * are shared by every run on the broker and keep every earlier run's events; a fresh group would
 * otherwise replay all of that history before it reaches this scenario's events, which costs
 * minutes on FerretDB and grows with every run. The scenario creates its own cluster after this
 * point, so nothing it asserts on is skipped.
 *
 * Done as one short-lived group member that joins, commits and leaves (~0.2 s) rather than with
 * `admin.setOffsets`, which runs a consumer per topic until its first fetch (~5 s each).
 */
export async function positionGroupAtEnd(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<void> {
  const ends = await endOffsets(kafka, topics);
  if (ends.length === 0) return;
  const present = [...new Set(ends.map((end) => end.topic))];
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.subscribe({ topics: present, fromBeginning: false });
    // Nothing is resolved or auto-committed: the only commit is the explicit one below.
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
    consumer.pause(present.map((topic) => ({ topic })));
    await joined;
    await consumer.commitOffsets(ends);
  } finally {
    await consumer.disconnect();
  }
}

async function endOffsets(kafka: Kafka, topics: readonly string[]): Promise<{ topic: string; partition: number; offset: string }[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const ends: { topic: string; partition: number; offset: string }[] = [];
    for (const topic of topics.filter((name) => existing.has(name))) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic)) ends.push({ topic, partition, offset: high });
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

/** Removes a scenario's consumer groups afterwards; best effort, cleanup never fails a scenario. */
export async function deleteGroups(kafka: Kafka, groupIds: string[]): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.deleteGroups(groupIds);
  } catch (error) {
    console.warn(`could not delete consumer groups ${groupIds.join(', ')}: ${String(error)}`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
