import { Topics } from '@icn/contracts';
import { EventConsumerRegistry, KAFKA_CLIENT, positionNewGroupAtEnd } from '@icn/messaging';
import { DATABASE_CONNECTION, LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
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
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const groupId = this.config.RECOMMENDATIONS_CONSUMER_GROUP;
    try {
      const positioned = await positionNewGroupAtEnd(this.kafka, groupId, Topics.matchmakingSuggestion);
      if (positioned > 0) this.logger.info({ groupId, partitions: positioned }, 'new recommendations group positioned at the end of the suggestion topic');
    } catch (error) {
      this.logger.warn({ err: error, groupId }, 'could not position the recommendations group; partitions without a committed offset are read from the beginning');
    }
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
