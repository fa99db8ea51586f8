import { Kafka, logLevel } from 'kafkajs';

/**
 * Commits a new consumer group's offsets at the current end of the given topics, before the app
 * starts it. The service itself reads a new group from the beginning (a rebuild needs the full
 * history), but the shared test broker holds thousands of other runs' events: replaying them all
 * in every test would grow slower with every run. Topics that do not exist yet have no history.
 */
export async function positionGroupAtEnd(brokers: string, groupId: string, topics: readonly string[]): Promise<void> {
  const admin = new Kafka({ brokers: brokers.split(','), clientId: 'consortia-int-test', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of topics.filter((candidate) => existing.has(candidate))) {
      const offsets = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: offsets.map(({ partition, high }) => ({ partition, offset: high })) });
    }
  } finally {
    await admin.disconnect();
  }
}
