import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { DELIVERY_CONFIG, type DeliveryConfig } from './delivery.config';
import { OpportunityNotificationHandlers } from './opportunity-notifications.handlers';

/**
 * The shared consumer group that feeds the notification pipeline. Handler failures are retried
 * with backoff and then dead-lettered by the messaging library; appends are idempotent, so a
 * retried event completes without duplicates.
 */
@Injectable()
export class OpportunityNotificationsConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: OpportunityNotificationHandlers,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  /**
   * Notifications are about what happens from now on: a brand-new group must not notify today's
   * subscribers of years of history, so it gets an explicit position at the topic's end — committed
   * here, in onModuleInit, before this process publishes anything (the relay and HTTP start later).
   *
   * Why not simply `fromBeginning: false`: kafkajs resolves "latest" only at the group's first
   * fetch of each partition, after the join, and does not commit it. Publications acknowledged in
   * between (the service listens while the new group is still joining) were silently skipped, and
   * so were events published before a kill -9 that came before the group's first commit on a
   * partition: the restarted group resolved "latest" again. Measured by
   * test/faults/opportunities-kill: the first ~20 publications after start-up never reached any
   * subscriber. With the explicit position, `fromBeginning: true` only applies where no position
   * could be set (a topic created after this point holds nothing older than this deployment), so
   * the fallback errs on the side of notifying rather than losing.
   */
  async onModuleInit(): Promise<void> {
    const groupId = this.config.NOTIFICATIONS_CONSUMER_GROUP;
    await this.registry.positionNewGroupAtEnd(groupId, Topics.opportunitiesOpportunity);
    this.registry.register({
      groupId: this.config.NOTIFICATIONS_CONSUMER_GROUP,
      topics: [Topics.opportunitiesOpportunity],
      handlers: this.handlers.all(),
      connection: this.connection,
      // Only where onModuleInit could not set a position (see above): never skip an event.
      fromBeginning: true,
      // Different opportunities (partitions) are independent; order only matters within one.
      partitionsConsumedConcurrently: 3,
    });
  }
}
