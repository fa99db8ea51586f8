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
 * the given topics (those that exist). The topics are shared by every run on the broker and keep
 * every earlier run's events; a fresh group would otherwise replay all of that history before it
 * reaches this scenario's events, which costs minutes on FerretDB and grows with every run. The
 * scenario creates its own cluster after this point, so nothing it asserts on is skipped.
 */
export async function positionGroupAtEnd(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of topics.filter((name) => existing.has(name))) {
      const offsets = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: offsets.map(({ partition, high }) => ({ partition, offset: high })) });
    }
  } finally {
    await admin.disconnect();
  }
}

/** Removes a scenario's consumer groups afterwards, so the broker does not accumulate them. */
export async function deleteGroups(kafka: Kafka, groupIds: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteGroups(groupIds);
  } catch (error) {
    console.warn(`could not delete consumer groups ${groupIds.join(', ')}: ${String(error)}`);
  } finally {
    await admin.disconnect();
  }
}
