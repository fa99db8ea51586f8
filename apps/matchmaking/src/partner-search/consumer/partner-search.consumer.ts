import { Topics } from '@icn/contracts';
import { EventConsumerRegistry, KAFKA_CLIENT, positionNewGroupAtEnd } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION, LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { PartnerSearchHandlers } from './partner-search.handlers';

export const PARTNER_SEARCH_TOPICS = [Topics.consortiaPartnerSearch] as const;

/**
 * Partner searches get their own consumer group. A brand-new group is positioned at the topic's end
 * before anything starts (as the suggestions group is, see OpportunitySuggestionConsumer): a request
 * is a question asked now, and answering years of old ones on a first deployment would flood the
 * consortia with stale proposals. A committed group carries on where it was, so no request is lost
 * across restarts; the record per request keeps redeliveries to one answer.
 */
@Injectable()
export class PartnerSearchConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: PartnerSearchHandlers,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const groupId = this.config.PARTNER_SEARCH_CONSUMER_GROUP;
    try {
      const positioned = await positionNewGroupAtEnd(this.kafka, groupId, Topics.consortiaPartnerSearch);
      if (positioned > 0) this.logger.info({ groupId, partitions: positioned }, 'new partner-search group positioned at the end of the partner-search topic');
    } catch (error) {
      this.logger.warn({ err: error, groupId }, 'could not position the partner-search group; partitions without a committed offset are read from the beginning');
    }
    this.registry.register({
      groupId,
      topics: PARTNER_SEARCH_TOPICS,
      handlers: this.handlers.all(),
      connection: this.connection,
      // Only where no position could be set: never skip a request.
      fromBeginning: true,
      partitionsConsumedConcurrently: this.config.CONSUMER_CONCURRENCY,
    });
  }
}
