import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata, type OptionalFactoryDependency, type Provider } from '@nestjs/common';
import { CONFIG, DATABASE_CONNECTION, LOGGER, METRICS, SERVICE_TRANSPORT, type BaseServiceConfig, type PlatformMetrics } from '@icn/platform';
import type { Connection } from 'mongoose';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { createKafka } from '../kafka/create-kafka';
import { kafkaSecurityOptions } from '../kafka/kafka-security';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { CommitRelay } from '../write-path/commit-relay';
import { MongoCommitStore } from '../write-path/commit-store';
import { WritePath } from '../write-path/write-path';
import { EventConsumerRegistry } from './event-consumer.registry';
import { EventTransport } from './event-transport.server';
import { KafkaHealthIndicator } from './kafka-health.indicator';
import { KafkaReadinessRegistrar } from './kafka-readiness.registrar';
import { MessagingLifecycle } from './messaging.lifecycle';
import { resolveMessagingOptions, type MessagingModuleOptions, type ResolvedMessagingOptions } from './messaging.options';
import { KAFKA_CLIENT, MESSAGING_OPTIONS } from './messaging.tokens';

/** What a service declares; everything else comes from the platform's validated config. */
export interface ServiceMessagingOptions {
  /** Topics this service publishes to (created with their `.dlq` at start-up). */
  topics?: readonly string[];
}

/** A service config that may carry the relay's scan period (OUTBOX_POLL_MS). */
type ServiceConfigWithOutbox = BaseServiceConfig & { OUTBOX_POLL_MS?: number; OUTBOX_ORPHAN_AFTER_MS?: number };

export interface MessagingModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...deps: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
}

const exported = [KAFKA_CLIENT, MESSAGING_OPTIONS, EventPublisher, MongoCommitStore, CommitRelay, WritePath, TopicAdmin, EventConsumerRegistry, EventTransport, SERVICE_TRANSPORT, KafkaHealthIndicator];

const sharedProviders: Provider[] = [
  {
    provide: KAFKA_CLIENT,
    inject: [MESSAGING_OPTIONS],
    useFactory: (options: ResolvedMessagingOptions): Kafka =>
      createKafka({ brokers: options.brokers, clientId: options.clientId, extra: options.kafka, logger: options.logger }),
  },
  {
    provide: EventPublisher,
    inject: [KAFKA_CLIENT, MESSAGING_OPTIONS],
    useFactory: (kafka: Kafka, options: ResolvedMessagingOptions) => new EventPublisher(kafka, { metrics: options.metrics, logger: options.logger }),
  },
  {
    provide: MongoCommitStore,
    inject: [MESSAGING_OPTIONS],
    useFactory: (options: ResolvedMessagingOptions) => new MongoCommitStore(options.connection),
  },
  {
    provide: CommitRelay,
    inject: [EventPublisher, MongoCommitStore, MESSAGING_OPTIONS],
    useFactory: (publisher: EventPublisher, commits: MongoCommitStore, options: ResolvedMessagingOptions) =>
      new CommitRelay(publisher, commits, { pollIntervalMs: options.outboxPollMs, orphanAfterMs: options.orphanAfterMs, metrics: options.metrics, logger: options.logger }),
  },
  {
    provide: WritePath,
    inject: [MongoCommitStore, CommitRelay, MESSAGING_OPTIONS],
    useFactory: (commits: MongoCommitStore, relay: CommitRelay, options: ResolvedMessagingOptions) => new WritePath(commits, relay, { logger: options.logger }),
  },
  {
    provide: TopicAdmin,
    inject: [KAFKA_CLIENT, MESSAGING_OPTIONS],
    useFactory: (kafka: Kafka, options: ResolvedMessagingOptions) =>
      new TopicAdmin(kafka, { timeoutMs: options.startupTimeoutMs, logger: options.logger }, { replicationFactor: options.replicationFactor, minInsyncReplicas: options.minInsyncReplicas }),
  },
  EventConsumerRegistry,
  EventTransport,
  // The platform's bootstrap connects it as the app's microservice transport (see connectServiceTransport).
  { provide: SERVICE_TRANSPORT, useExisting: EventTransport },
  KafkaHealthIndicator,
  MessagingLifecycle,
];

/**
 * Kafka for a service: one client, one idempotent producer, the write path (commits in the service's
 * database, ADR 12) and its relay, topic creation at bootstrap, the event transport through which
 * `@OnEvent` handlers consume (one Kafka consumer per declared consumer group), readiness, and an
 * ordered shutdown. Global, so feature modules inject `WritePath` and declare `consumerGroup(...)`
 * providers without re-importing it.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: MESSAGING_OPTIONS, useFactory: () => resolveMessagingOptions(options) }, ...sharedProviders],
      exports: exported,
    };
  }

  /**
   * The usual way for a service: brokers, client id, topic partitions and replication, outbox scan period and Kafka
   * TLS/SASL from the platform's validated CONFIG, its METRICS and LOGGER, and Kafka added to
   * GET /health/ready. Requires PlatformModule.forRoot in the same application.
   */
  static forService(options: ServiceMessagingOptions = {}): DynamicModule {
    const module = MessagingModule.forRootAsync({
      inject: [CONFIG, METRICS, LOGGER, DATABASE_CONNECTION],
      useFactory: (config: ServiceConfigWithOutbox, metrics: PlatformMetrics, logger: Logger, connection: Connection) => ({
        connection,
        brokers: config.KAFKA_BROKERS,
        clientId: config.KAFKA_CLIENT_ID,
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
        minInsyncReplicas: config.KAFKA_TOPIC_MIN_INSYNC_REPLICAS,
        outboxPollMs: config.OUTBOX_POLL_MS,
        orphanAfterMs: config.OUTBOX_ORPHAN_AFTER_MS,
        kafka: kafkaSecurityOptions(config),
        consumerSessionTimeoutMs: config.KAFKA_CONSUMER_SESSION_TIMEOUT_MS,
        processedEventRetentionMs: config.PROCESSED_EVENTS_RETENTION_HOURS * 3_600_000,
        startupTimeoutMs: config.KAFKA_STARTUP_TIMEOUT_MS,
        consumerLagPollMs: config.CONSUMER_LAG_POLL_MS,
        topics: options.topics ?? [],
        metrics,
        logger,
      }),
    });
    return { ...module, providers: [...(module.providers ?? []), KafkaReadinessRegistrar] };
  }

  /** For options that come from other providers, e.g. the platform's CONFIG, METRICS and LOGGER. */
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: MESSAGING_OPTIONS,
          inject: options.inject ?? [],
          useFactory: async (...deps: never[]) => resolveMessagingOptions(await options.useFactory(...deps)),
        },
        ...sharedProviders,
      ],
      exports: exported,
    };
  }
}
