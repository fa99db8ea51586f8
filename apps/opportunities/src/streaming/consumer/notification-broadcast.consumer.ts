import { NotificationDelivered, SubscriptionDeleted, Topics, type CloudEvent, type NotificationDeliveredV1 } from '@icn/contracts';
import { KAFKA_CLIENT, MESSAGING_OPTIONS, positionGroupAtEnd, TopicAdmin, waitForKafka, type ResolvedMessagingOptions } from '@icn/messaging';
import { LOGGER, READINESS_CHECKS, ReadinessRegistry } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import { SseHub } from '../http/sse-hub';

/** Prefix of the per-replica broadcast groups. */
export const STREAM_GROUP_PREFIX = 'opportunities.stream';

/** Notifications to push, and subscription events (a deletion ends its open streams). */
const BROADCAST_TOPICS = [Topics.opportunitiesNotification, Topics.opportunitiesSubscription] as const;

/**
 * Every replica reads every notification: its own consumer group (`opportunities.stream.<instance>`)
 * makes the notification topic a broadcast, so whichever replica holds a client's connection sees
 * that client's notifications. It only pushes to local connections; correctness (exactly once, in
 * order) is the connections' job, so this consumer never dedupes, retries or commits anything
 * meaningful — after a restart the connections resume from the database, not from offsets.
 */
@Injectable()
export class NotificationBroadcastConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private consumer: Consumer | undefined;
  private joined = false;
  readonly groupId: string;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly hub: SseHub,
    @Inject(DELIVERY_CONFIG) config: DeliveryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(READINESS_CHECKS) readiness: ReadinessRegistry,
    private readonly topics: TopicAdmin,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: ResolvedMessagingOptions,
  ) {
    this.groupId = `${STREAM_GROUP_PREFIX}.${config.INSTANCE_ID}`;
    readiness.register({
      name: 'sse-broadcast',
      check: async () => {
        if (!this.joined) throw new Error('notification broadcast consumer has not joined its group yet');
        return { groupId: this.groupId };
      },
    });
  }

  get isJoined(): boolean {
    return this.joined;
  }

  async onApplicationBootstrap(): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: this.groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000, allowAutoTopicCreation: false });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
      // Whatever was published while we were not in the group is in the feeds: re-read it.
      this.hub.resyncAll();
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      this.logger.error({ err: payload.error, groupId: this.groupId }, 'notification broadcast consumer crashed');
    });
    // A new per-instance group starts at the end (history comes from the database when a client
    // connects). Committing "latest" now, rather than letting the group resolve it after joining,
    // leaves no window in which a notification could slip between join and first fetch.
    await this.positionAtEnd();
    await waitForKafka(
      `consumer group ${this.groupId} subscribed to ${BROADCAST_TOPICS.join(', ')}`,
      async () => {
        await consumer.connect();
        await consumer.subscribe({ topics: [...BROADCAST_TOPICS], fromBeginning: false });
      },
      this.startup(),
    );
    await consumer.run({ eachMessage: async ({ message }) => this.onMessage(message.value) });
  }

  async onModuleDestroy(): Promise<void> {
    this.hub.closeAll();
    if (!this.consumer) return;
    await this.consumer.disconnect().catch(() => undefined);
    // Per-instance groups are never reused; drop this one instead of leaving it to expire.
    const admin = this.kafka.admin();
    await admin
      .connect()
      .then(() => admin.deleteGroups([this.groupId]))
      .catch(() => undefined)
      .finally(() => void admin.disconnect().catch(() => undefined));
  }

  private async positionAtEnd(): Promise<void> {
    // Nest does not promise that the messaging lifecycle (which creates the service's topics) ran
    // before this hook; on a fresh broker the offsets of a missing topic cannot be reset.
    await this.topics.ensureTopics([...BROADCAST_TOPICS], this.messaging.partitions);
    await positionGroupAtEnd(this.kafka, this.groupId, BROADCAST_TOPICS, this.startup());
  }

  /** Each start-up step waits for the broker until KAFKA_STARTUP_TIMEOUT_MS, as the messaging library's do. */
  private startup(): { timeoutMs: number; logger: Logger } {
    return { timeoutMs: this.messaging.startupTimeoutMs, logger: this.logger };
  }

  private onMessage(value: Buffer | null): void {
    if (!value) return;
    let event: CloudEvent<unknown>;
    try {
      event = JSON.parse(value.toString('utf8')) as CloudEvent<unknown>;
    } catch {
      return; // not ours to judge: the shared consumers dead-letter malformed messages
    }
    if (event.type === NotificationDelivered.type) {
      const kind = (event.data as Partial<NotificationDeliveredV1>).notification?.kind;
      if (typeof event.subject !== 'string' || !Number.isInteger(event.subjectsequence) || typeof kind !== 'string') return;
      this.hub.dispatch(event.subject, { seq: event.subjectsequence, kind, event: value.toString('utf8') });
    } else if (event.type === SubscriptionDeleted.type && typeof event.subject === 'string') {
      this.hub.closeSubscription(event.subject);
    }
  }
}
