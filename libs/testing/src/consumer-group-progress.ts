import { waitFor } from './wait-for';
import { Kafka, logLevel, type RecordMetadata } from 'kafkajs';

/**
 * Waits until a consumer group has committed past the given records: then its handlers have run
 * for them. How a test proves that something did *not* happen (no event emitted for a record)
 * without sleeping: the group processed the record, and the effect is still absent.
 */
export async function awaitGroupPast(brokers: string, groupId: string, topic: string, written: readonly RecordMetadata[], timeoutMs = 30_000): Promise<void> {
  const admin = new Kafka({ brokers: brokers.split(','), clientId: 'icn-test-group-progress', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await waitFor(
      async () => {
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const offsetOf = new Map((committed?.partitions ?? []).map(({ partition, offset }) => [partition, BigInt(offset)]));
        // A committed offset is the next record to read: past a record means greater than its offset.
        return written.every(({ partition, baseOffset }) => (offsetOf.get(partition) ?? -1n) > BigInt(baseOffset ?? '0')) ? true : undefined;
      },
      { timeoutMs, intervalMs: 250, description: `group ${groupId} past ${written.length} record(s) of ${topic}` },
    );
  } finally {
    await admin.disconnect();
  }
}
