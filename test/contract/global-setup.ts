import { Kafka, logLevel } from 'kafkajs';
// Jest loads global hooks with Node's own resolver, which knows no tsconfig path alias: a relative path is the only way.
// eslint-disable-next-line @nx/enforce-module-boundaries
import testEnvironmentSetup from '../../libs/testing/src/jest/global-setup';
import { eventTopicEnds, type TopicOffsets } from './emitted-events';

declare global {
  var __ICN_EMITTED_EVENTS_FROM__: TopicOffsets | undefined;
}

/**
 * Before the scenarios: the test environment (Kafka, MongoDB), then where every `icn.*` topic ends,
 * so that global-teardown can check every event the scenarios emitted (and only those) against
 * the committed contract, without a scenario run of its own.
 */
export default async function globalSetup(): Promise<void> {
  await testEnvironmentSetup();
  globalThis.__ICN_EMITTED_EVENTS_FROM__ = await eventTopicEnds(contractKafka());
}

export function contractKafka(): Kafka {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '').split(',').filter((broker) => broker.length > 0);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set: the test environment set-up did not run');
  return new Kafka({ brokers, clientId: 'e2e-emitted-events-contract', logLevel: logLevel.NOTHING });
}
