import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { OpportunityEventHandlers } from './opportunity-event.handlers';

export const OPPORTUNITY_TOPICS = [Topics.opportunitiesOpportunity] as const;

/**
 * Declares the opportunity read model's consumer group, separate from the directory's so that
 * either read model can be rebuilt (new group id, replay from the start) without the other. The
 * messaging library ensures the topic exists before it starts the group.
 */
@Injectable()
export class OpportunityConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: OpportunityEventHandlers,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      groupId: this.config.OPPORTUNITY_CONSUMER_GROUP,
      topics: OPPORTUNITY_TOPICS,
      handlers: this.handlers.all(),
      connection: this.connection,
      // A new group reads the full history: that is how the read model is (re)built.
      fromBeginning: true,
      // One opportunity's events share a partition and stay in order; partitions are independent.
      partitionsConsumedConcurrently: this.config.CONSUMER_CONCURRENCY,
    });
  }
}
