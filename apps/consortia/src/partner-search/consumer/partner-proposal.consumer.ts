import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { ConsortiaConfig } from '../../consortia.config';
import { PartnerProposalHandlers } from './partner-proposal.handlers';

export const PARTNER_SUGGESTION_TOPICS = [Topics.matchmakingPartnerSuggestion] as const;

/**
 * Matchmaking's proposals get their own consumer group. A brand-new group is positioned at the
 * topic's end before anything starts (as matchmaking positions its suggestion groups): proposals only
 * answer searches this database holds, and replaying the topic's history on a first deployment
 * would only skip them one by one. A committed group carries on where it was, so no answer is lost.
 */
@Injectable()
export class PartnerProposalConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: PartnerProposalHandlers,
    @Inject(CONFIG) private readonly config: ConsortiaConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  async onModuleInit(): Promise<void> {
    const groupId = this.config.PARTNER_SUGGESTION_CONSUMER_GROUP;
    await this.registry.positionNewGroupAtEnd(groupId, Topics.matchmakingPartnerSuggestion);
    this.registry.register({
      groupId,
      topics: PARTNER_SUGGESTION_TOPICS,
      handlers: this.handlers.all(),
      connection: this.connection,
      // Only where no position could be set: never skip an answer.
      fromBeginning: true,
      partitionsConsumedConcurrently: this.config.CONSUMER_CONCURRENCY,
    });
  }
}
