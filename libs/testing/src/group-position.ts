import { positionGroupAtEnd } from '@icn/messaging';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Gives a test's fresh consumer group a committed position at the current end of the shared
 * topics, before the app under test starts it. A service reads a new group from the beginning (a
 * read model is rebuilt that way), but the shared test broker holds thousands of other runs' events:
 * replaying them in every test would grow slower with every run. Topics that do not exist yet have
 * no history to skip.
 */
export async function positionTestGroupAtEnd(brokers: string, groupId: string, topics: readonly string[]): Promise<void> {
  const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'icn-test-group-position', logLevel: logLevel.NOTHING });
  await positionGroupAtEnd(kafka, groupId, topics);
}
