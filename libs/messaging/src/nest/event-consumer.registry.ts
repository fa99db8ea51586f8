import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { EventConsumer, type EventConsumerOptions } from '../consumer/event-consumer';
import { positionNewGroupAtEnd } from '../consumer/new-group-position';
import { EventPublisher } from '../kafka/event-publisher';
import { ConsumerLagMonitor, type LagWatchedGroup } from '../observability/consumer-lag';
import { errorDetails } from '../observability/messaging-logger';
import type { ResolvedMessagingOptions } from './messaging.options';
import { KAFKA_CLIENT, MESSAGING_OPTIONS } from './messaging.tokens';

export type ConsumerRegistration = Omit<EventConsumerOptions, 'metrics' | 'logger'>;

/**
 * Where an app declares its consumers (typically from an `onModuleInit`). They are started at
 * application bootstrap, after the topics exist, and stopped first at shutdown. While they run,
 * their groups' lag is computed every CONSUMER_LAG_POLL_MS (icn_consumer_lag, see ConsumerLagMonitor).
 */
@Injectable()
export class EventConsumerRegistry {
  private readonly consumers: EventConsumer[] = [];
  private readonly groups = new Map<string, LagWatchedGroup>();
  private readonly lag: ConsumerLagMonitor | undefined;
  private running = false;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
  ) {
    const metrics = options.metrics;
    this.lag = metrics ? new ConsumerLagMonitor(kafka, () => [...this.groups.values()], { intervalMs: options.consumerLagPollMs, metrics, logger: options.logger }) : undefined;
  }

  register(registration: ConsumerRegistration): EventConsumer {
    const consumer = new EventConsumer(this.kafka, this.publisher, {
      sessionTimeoutMs: this.options.consumerSessionTimeoutMs,
      processedEventRetentionMs: this.options.processedEventRetentionMs,
      startupTimeoutMs: this.options.startupTimeoutMs,
      ...registration,
      metrics: this.options.metrics,
      logger: this.options.logger,
    });
    this.consumers.push(consumer);
    this.groups.set(registration.groupId, { groupId: registration.groupId, topics: registration.topics, fromBeginning: registration.fromBeginning ?? true });
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
    return [...new Set([...this.groups.values()].flatMap((group) => group.topics))];
  }

  /**
   * Gives a brand-new group a committed position at the end of `topic` (see positionNewGroupAtEnd),
   * waiting for the broker until KAFKA_STARTUP_TIMEOUT_MS; call it before registering the group's
   * consumer, from `onModuleInit`, so nothing this process publishes can precede the position.
   */
  async positionNewGroupAtEnd(groupId: string, topic: string): Promise<number> {
    const positioned = await positionNewGroupAtEnd(this.kafka, groupId, topic, { timeoutMs: this.options.startupTimeoutMs, logger: this.options.logger });
    if (positioned > 0) this.options.logger?.info({ groupId, topic, partitions: positioned }, 'new consumer group positioned at the end of its topic');
    return positioned;
  }

  async startAll(): Promise<void> {
    this.running = true;
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
    this.lag?.start();
  }

  async stopAll(): Promise<void> {
    this.running = false;
    await this.lag?.stop();
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }
}
