/**
 * Creates every topic of the platform and its dead-letter topic as the deployment configures them,
 * before the services start (the Helm chart runs it as a pre-install / pre-upgrade Job from a
 * service's image):
 *   node -r ./scripts/register-paths.js dist/out-tsc/libs/messaging/src/topics/provision-topics.cli.js [--allow-drift | --list]
 * Settings from the environment, as the services read them: KAFKA_BROKERS, KAFKA_CLIENT_ID,
 * KAFKA_SSL, KAFKA_SASL_*, KAFKA_TOPIC_PARTITIONS, KAFKA_TOPIC_REPLICATION_FACTOR,
 * KAFKA_TOPIC_MIN_INSYNC_REPLICAS, KAFKA_STARTUP_TIMEOUT_MS (how long to wait for the brokers).
 */
import 'reflect-metadata';
import { KafkaClientConfig, loadConfig } from '@icn/platform';
import { createKafka } from '../kafka/create-kafka';
import { kafkaSecurityOptions } from '../kafka/kafka-security';
import { TopicAdmin } from '../kafka/topic-admin';
import type { MessagingLogger } from '../observability/messaging-logger';
import { describeProvisioning, platformTopicNames, provisionTopics } from './provision-topics';

const USAGE = `usage: provision-topics [--allow-drift | --list]
  (none)         create the missing topics of @icn/contracts and their .dlq with KAFKA_TOPIC_PARTITIONS,
                 KAFKA_TOPIC_REPLICATION_FACTOR and KAFKA_TOPIC_MIN_INSYNC_REPLICAS, print every topic, and
                 exit 1 if one that existed has less: fewer partitions or replicas, a lower min.insync.replicas
  --allow-drift  print such differences without failing
  --list         print the topic names and exit, without a broker`;

const stderrLogger: MessagingLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (fields, message) => console.error(`warning: ${message ?? ''} ${JSON.stringify(fields)}`),
  error: (fields, message) => console.error(`error: ${message ?? ''} ${JSON.stringify(fields)}`),
};

async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--list' && arg !== '--allow-drift');
  if (unknown.length > 0 || args.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (args[0] === '--list') {
    console.log(platformTopicNames().join('\n'));
    return 0;
  }
  const config = loadConfig(KafkaClientConfig);
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: config.KAFKA_CLIENT_ID, extra: kafkaSecurityOptions(config), logger: stderrLogger });
  const admin = new TopicAdmin(kafka, { timeoutMs: config.KAFKA_STARTUP_TIMEOUT_MS, logger: stderrLogger });
  const result = await provisionTopics(admin, {
    partitions: config.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
    minInsyncReplicas: config.KAFKA_TOPIC_MIN_INSYNC_REPLICAS,
  });
  describeProvisioning(result).forEach((line) => console.log(line));
  const shortfalls = new Set(result.drift.filter((drift) => drift.kind === 'shortfall').map((drift) => drift.topic)).size;
  console.log(`${result.layouts.length} topics, ${result.created.length} created, ${shortfalls} with less than configured`);
  return shortfalls > 0 && args[0] !== '--allow-drift' ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
