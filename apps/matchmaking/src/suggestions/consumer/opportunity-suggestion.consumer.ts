import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { OpportunitySuggestionHandlers } from './opportunity-suggestion.handlers';

/**
 * Suggestions get their own consumer group on the opportunity topic, apart from the read model's:
 * the read model must replay the whole history when rebuilt, suggestions must not (a new group
 * would otherwise recommend years of old opportunities). A brand-new group is therefore positioned
 * at the topic's end before anything starts — the same explicit position, and for the same reasons,
 * as the opportunities service's notification group (see its OpportunityNotificationsConsumer).
 */
@Injectable()
export class OpportunitySuggestionConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: OpportunitySuggestionHandlers,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  async onModuleInit(): Promise<void> {
    const groupId = this.config.SUGGESTIONS_CONSUMER_GROUP;
    await this.registry.positionNewGroupAtEnd(groupId, Topics.opportunitiesOpportunity);
    this.registry.register({
      groupId,
      topics: [Topics.opportunitiesOpportunity],
      handlers: this.handlers.all(),
      connection: this.connection,
      // Only where no position could be set: never skip a publication (old ones are filtered by the policy).
      fromBeginning: true,
      partitionsConsumedConcurrently: this.config.CONSUMER_CONCURRENCY,
    });
  }
}
