import type { KafkaConfig } from 'kafkajs';
import type { Connection } from 'mongoose';
import { DEFAULT_KAFKA_STARTUP_TIMEOUT_MS } from '../kafka/kafka-startup';
import type { MessagingLogger } from '../observability/messaging-logger';
import type { MessagingMetrics } from '../observability/messaging-metrics';

export interface MessagingModuleOptions {
  /** The service's own database: its commits live there (ADR 12). */
  connection: Connection;
  /** Default: env KAFKA_BROKERS (comma list). */
  brokers?: string | readonly string[];
  /** Default: env KAFKA_CLIENT_ID. */
  clientId?: string;
  /** Topics this service publishes to; created (with `.dlq`) at bootstrap. Consumed topics are added. */
  topics?: readonly string[];
  /** Default: env KAFKA_TOPIC_PARTITIONS, else 3. */
  partitions?: number;
  /** Replicas of the topics created. Default: env KAFKA_TOPIC_REPLICATION_FACTOR, else 1. */
  replicationFactor?: number;
  /** `min.insync.replicas` of the topics created. Default: env KAFKA_TOPIC_MIN_INSYNC_REPLICAS, else 0 (the broker's default). */
  minInsyncReplicas?: number;
  /** Default: env OUTBOX_POLL_MS, else 10000 (the safety-net scan; writes trigger their aggregate at once). */
  outboxPollMs?: number;
  /** Default: env OUTBOX_ORPHAN_AFTER_MS, else 5000 (when another replica may publish a dead writer's commit). */
  orphanAfterMs?: number;
  /** SASL / TLS / timeouts, passed to kafkajs unchanged. */
  kafka?: Omit<KafkaConfig, 'brokers' | 'clientId' | 'logCreator'>;
  /** Default session timeout of this service's consumers (a registration may set its own). */
  consumerSessionTimeoutMs?: number;
  /** How long consumers keep processed event ids before pruning them (default one week). */
  processedEventRetentionMs?: number;
  /** How long each start-up step waits for Kafka. Default: env KAFKA_STARTUP_TIMEOUT_MS, else 60000. */
  startupTimeoutMs?: number;
  /** Period of icn_consumer_lag's computation. Default: env CONSUMER_LAG_POLL_MS, else 15000. */
  consumerLagPollMs?: number;
  /** The platform's METRICS / LOGGER plug in here (see forRootAsync). */
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
}

export interface ResolvedMessagingOptions {
  connection: Connection;
  orphanAfterMs: number;
  brokers: string | readonly string[];
  clientId: string;
  topics: readonly string[];
  partitions: number;
  replicationFactor: number;
  minInsyncReplicas: number;
  outboxPollMs: number;
  kafka?: MessagingModuleOptions['kafka'];
  consumerSessionTimeoutMs?: number;
  processedEventRetentionMs?: number;
  startupTimeoutMs: number;
  consumerLagPollMs: number;
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
}

/** Fills gaps from the environment and fails fast, naming each missing setting. */
export function resolveMessagingOptions(options: MessagingModuleOptions, env: NodeJS.ProcessEnv = process.env): ResolvedMessagingOptions {
  const brokers = options.brokers ?? env['KAFKA_BROKERS'];
  const clientId = options.clientId ?? env['KAFKA_CLIENT_ID'];
  const problems: string[] = [];
  if (brokers === undefined || brokers.length === 0) problems.push('KAFKA_BROKERS: required (e.g. 127.0.0.1:9092)');
  if (clientId === undefined || clientId.length === 0) problems.push('KAFKA_CLIENT_ID: required');
  const partitions = options.partitions ?? positiveInt(env['KAFKA_TOPIC_PARTITIONS'], 3, 'KAFKA_TOPIC_PARTITIONS', problems);
  const replicationFactor = options.replicationFactor ?? positiveInt(env['KAFKA_TOPIC_REPLICATION_FACTOR'], 1, 'KAFKA_TOPIC_REPLICATION_FACTOR', problems);
  const minInsyncReplicas = options.minInsyncReplicas ?? nonNegativeInt(env['KAFKA_TOPIC_MIN_INSYNC_REPLICAS'], 0, 'KAFKA_TOPIC_MIN_INSYNC_REPLICAS', problems);
  if (minInsyncReplicas > replicationFactor) {
    problems.push(`KAFKA_TOPIC_MIN_INSYNC_REPLICAS: must not exceed KAFKA_TOPIC_REPLICATION_FACTOR (${minInsyncReplicas} > ${replicationFactor})`);
  }
  const outboxPollMs = options.outboxPollMs ?? positiveInt(env['OUTBOX_POLL_MS'], 10_000, 'OUTBOX_POLL_MS', problems);
  const orphanAfterMs = options.orphanAfterMs ?? positiveInt(env['OUTBOX_ORPHAN_AFTER_MS'], 5_000, 'OUTBOX_ORPHAN_AFTER_MS', problems);
  const startupTimeoutMs =
    options.startupTimeoutMs ?? positiveInt(env['KAFKA_STARTUP_TIMEOUT_MS'], DEFAULT_KAFKA_STARTUP_TIMEOUT_MS, 'KAFKA_STARTUP_TIMEOUT_MS', problems);
  const consumerLagPollMs = options.consumerLagPollMs ?? positiveInt(env['CONSUMER_LAG_POLL_MS'], 15_000, 'CONSUMER_LAG_POLL_MS', problems);
  if (problems.length > 0 || brokers === undefined || clientId === undefined) {
    throw new Error(`invalid messaging configuration: ${problems.join('; ')}`);
  }
  return { ...options, brokers, clientId, topics: options.topics ?? [], partitions, replicationFactor, minInsyncReplicas, outboxPollMs, orphanAfterMs, startupTimeoutMs, consumerLagPollMs };
}

function positiveInt(raw: string | undefined, fallback: number, name: string, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) problems.push(`${name}: must be a positive integer, got "${raw}"`);
  return value;
}

function nonNegativeInt(raw: string | undefined, fallback: number, name: string, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) problems.push(`${name}: must be an integer of at least 0, got "${raw}"`);
  return value;
}
