import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../notifications/delivery.config';
import { RecommendationHandlers } from './recommendation.handlers';

/**
 * The shared group reading matchmaking's suggestion topic. Positioned at the topic's end when new,
 * for the reasons given on OpportunityNotificationsConsumer: a first deployment (or a renamed group)
 * must not push every past recommendation to today's subscribers, and must not lose the ones
 * published while it joins.
 */
@Injectable()
export class RecommendationConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: RecommendationHandlers,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  async onModuleInit(): Promise<void> {
    const groupId = this.config.RECOMMENDATIONS_CONSUMER_GROUP;
    await this.registry.positionNewGroupAtEnd(groupId, Topics.matchmakingSuggestion);
    this.registry.register({
      groupId,
      topics: [Topics.matchmakingSuggestion],
      handlers: this.handlers.all(),
      connection: this.connection,
      fromBeginning: true,
      partitionsConsumedConcurrently: 3,
    });
  }
}
