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
