import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata, type OptionalFactoryDependency, type Provider } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { createKafka } from '../kafka/create-kafka';
import { EventPublisher } from '../kafka/event-publisher';
import { TopicAdmin } from '../kafka/topic-admin';
import { OutboxRelay } from '../outbox/outbox-relay';
import { EventConsumerRegistry } from './event-consumer.registry';
import { KafkaHealthIndicator } from './kafka-health.indicator';
import { MessagingLifecycle } from './messaging.lifecycle';
import { resolveMessagingOptions, type MessagingModuleOptions, type ResolvedMessagingOptions } from './messaging.options';
import { KAFKA_CLIENT, MESSAGING_OPTIONS } from './messaging.tokens';

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
  { provide: TopicAdmin, inject: [KAFKA_CLIENT], useFactory: (kafka: Kafka) => new TopicAdmin(kafka) },
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
