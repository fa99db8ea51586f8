import { resolveTestEnvironment, type TestEnvironment } from '../test-environment';

declare global {
  var __ICN_TEST_ENVIRONMENT__: TestEnvironment | undefined;
}

/**
 * Runs once in Jest's parent process before any worker starts. Workers inherit process.env, so
 * exporting the endpoints here is how every integration test finds Kafka and MongoDB. The
 * environment handle stays on globalThis for global-teardown (same process).
 */
export default async function globalSetup(): Promise<void> {
  const environment = await resolveTestEnvironment();
  process.env['KAFKA_BROKERS'] = environment.kafkaBrokers;
  process.env['MONGODB_URI'] = environment.mongoUri;
  process.env['ICN_TEST_ENV_SOURCE'] = environment.source;
  globalThis.__ICN_TEST_ENVIRONMENT__ = environment;
}
