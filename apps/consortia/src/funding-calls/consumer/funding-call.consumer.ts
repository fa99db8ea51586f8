import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection } from 'mongoose';
import type { ConsortiaConfig } from '../../consortia.config';
import { FundingCallEventHandlers } from './funding-call-event.handlers';

export const OPPORTUNITY_TOPICS = [Topics.opportunitiesOpportunity] as const;

/**
 * The funding-call read model's consumer group, separate from the directory's so either read model
 * can be rebuilt (new group id, replay from the start) without the other.
 */
@Injectable()
export class FundingCallConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: FundingCallEventHandlers,
    @Inject(CONFIG) private readonly config: ConsortiaConfig,
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
      partitionsConsumedConcurrently: this.config.CONSUMER_CONCURRENCY,
    });
  }
}
