import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { EventConsumer, type EventConsumerOptions } from '../consumer/event-consumer';
import { EventPublisher } from '../kafka/event-publisher';
import { errorDetails } from '../observability/messaging-logger';
import type { ResolvedMessagingOptions } from './messaging.options';
import { KAFKA_CLIENT, MESSAGING_OPTIONS } from './messaging.tokens';

export type ConsumerRegistration = Omit<EventConsumerOptions, 'metrics' | 'logger'>;

/**
 * Where an app declares its consumers (typically from an `onModuleInit`). They are started at
 * application bootstrap, after the topics exist, and stopped first at shutdown.
 */
@Injectable()
export class EventConsumerRegistry {
  private readonly consumers: EventConsumer[] = [];
  private readonly topicsByGroup = new Map<string, readonly string[]>();
  private running = false;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
  ) {}

  register(registration: ConsumerRegistration): EventConsumer {
    const consumer = new EventConsumer(this.kafka, this.publisher, {
      sessionTimeoutMs: this.options.consumerSessionTimeoutMs,
      processedEventRetentionMs: this.options.processedEventRetentionMs,
      ...registration,
      metrics: this.options.metrics,
      logger: this.options.logger,
    });
    this.consumers.push(consumer);
    this.topicsByGroup.set(registration.groupId, registration.topics);
    // Registered after bootstrap (e.g. a lazily created module): start right away.
    if (this.running) {
      consumer.start().catch((error: unknown) => {
        this.options.logger?.error({ groupId: registration.groupId, err: errorDetails(error) }, 'consumer failed to start');
      });
    }
    return consumer;
  }

  /** Every topic some registered consumer reads, so bootstrap can make sure they exist. */
  consumedTopics(): string[] {
    return [...new Set([...this.topicsByGroup.values()].flat())];
  }

  async startAll(): Promise<void> {
    this.running = true;
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
  }

  async stopAll(): Promise<void> {
    this.running = false;
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }
}
