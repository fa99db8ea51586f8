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

  onModuleInit(): void {
    this.registry.register({
      groupId: this.config.NOTIFICATIONS_CONSUMER_GROUP,
      topics: [Topics.opportunitiesOpportunity],
      handlers: this.handlers.all(),
      connection: this.connection,
      // Notifications are about what happens from now on: a brand-new group starts at the end of
      // the topic instead of notifying today's subscribers of years of history. Once the group has
      // committed offsets (every later start, every replica) nothing is skipped.
      fromBeginning: false,
      // Different opportunities (partitions) are independent; order only matters within one.
      partitionsConsumedConcurrently: 3,
    });
  }
}
