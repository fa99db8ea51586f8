import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata, type OptionalFactoryDependency, type Provider } from '@nestjs/common';
import { CONFIG, LOGGER, METRICS, type BaseServiceConfig, type PlatformMetrics } from '@icn/platform';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { createKafka } from '../kafka/create-kafka';
import { kafkaSecurityOptions } from '../kafka/kafka-security';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { OutboxRelay } from '../outbox/outbox-relay';
import { EventConsumerRegistry } from './event-consumer.registry';
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
type ServiceConfigWithOutbox = BaseServiceConfig & { OUTBOX_POLL_MS?: number };

export interface MessagingModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...deps: never[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
}

const exported = [KAFKA_CLIENT, MESSAGING_OPTIONS, EventPublisher, OutboxRelay, TopicAdmin, EventConsumerRegistry, KafkaHealthIndicator];

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
    useFactory: (kafka: Kafka, options: ResolvedMessagingOptions) => new EventPublisher(kafka, { metrics: options.metrics }),
  },
  {
    provide: OutboxRelay,
    inject: [EventPublisher, MESSAGING_OPTIONS],
    useFactory: (publisher: EventPublisher, options: ResolvedMessagingOptions) =>
      new OutboxRelay(publisher, { pollIntervalMs: options.outboxPollMs, metrics: options.metrics, logger: options.logger }),
  },
  {
    provide: TopicAdmin,
    inject: [KAFKA_CLIENT, MESSAGING_OPTIONS],
    useFactory: (kafka: Kafka, options: ResolvedMessagingOptions) => new TopicAdmin(kafka, { timeoutMs: options.startupTimeoutMs, logger: options.logger }),
  },
  EventConsumerRegistry,
  KafkaHealthIndicator,
  MessagingLifecycle,
];

/**
 * Kafka for a service: one client, one idempotent producer, the outbox relay, topic creation at
 * bootstrap, consumers, readiness, and an ordered shutdown. Global, so feature modules inject
 * `OutboxRelay` / `EventConsumerRegistry` without re-importing it.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: MESSAGING_OPTIONS, useFactory: () => resolveMessagingOptions(options) }, ...sharedProviders],
      exports: exported,
    };
  }

  /**
   * The usual way for a service: brokers, client id, partitions, outbox scan period and Kafka
   * TLS/SASL from the platform's validated CONFIG, its METRICS and LOGGER, and Kafka added to
   * GET /health/ready. Requires PlatformModule.forRoot in the same application.
   */
  static forService(options: ServiceMessagingOptions = {}): DynamicModule {
    const module = MessagingModule.forRootAsync({
      inject: [CONFIG, METRICS, LOGGER],
      useFactory: (config: ServiceConfigWithOutbox, metrics: PlatformMetrics, logger: Logger) => ({
        brokers: config.KAFKA_BROKERS,
        clientId: config.KAFKA_CLIENT_ID,
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        outboxPollMs: config.OUTBOX_POLL_MS,
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
