import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { PartnerSearchHandlers } from './partner-search.handlers';

export const PARTNER_SEARCH_TOPICS = [Topics.consortiaPartnerSearch] as const;

/**
 * Partner searches get their own consumer group. A brand-new group is positioned at the topic's end
 * before anything starts (as the suggestions group is, see opportunitySuggestionConsumerGroup): a request
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
  ) {}

  async onModuleInit(): Promise<void> {
    const groupId = this.config.PARTNER_SEARCH_CONSUMER_GROUP;
    await this.registry.positionNewGroupAtEnd(groupId, Topics.consortiaPartnerSearch);
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
