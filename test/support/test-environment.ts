/**
 * Where Kafka and MongoDB are, as @icn/testing's jest globalSetup exported them (explicit env →
 * testcontainers → local stack). Read lazily, inside a test, because the global setup runs first.
 */
export interface E2eEnvironment {
  kafkaBrokers: string;
  mongoUri: string;
}

export function e2eEnvironment(): E2eEnvironment {
  const kafkaBrokers = process.env['KAFKA_BROKERS'];
  const mongoUri = process.env['MONGODB_URI'];
  if (!kafkaBrokers || !mongoUri) {
    throw new Error('KAFKA_BROKERS and MONGODB_URI must be set (the e2e jest globalSetup from @icn/testing sets them)');
  }
  return { kafkaBrokers, mongoUri };
}
