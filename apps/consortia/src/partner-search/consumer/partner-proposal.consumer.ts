import { Topics } from '@icn/contracts';
import { EventConsumerRegistry, KAFKA_CLIENT, positionNewGroupAtEnd } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION, LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
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
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const groupId = this.config.PARTNER_SUGGESTION_CONSUMER_GROUP;
    try {
      const positioned = await positionNewGroupAtEnd(this.kafka, groupId, Topics.matchmakingPartnerSuggestion);
      if (positioned > 0) this.logger.info({ groupId, partitions: positioned }, 'new partner-suggestion group positioned at the end of its topic');
    } catch (error) {
      this.logger.warn({ err: error, groupId }, 'could not position the partner-suggestion group; partitions without a committed offset are read from the beginning');
    }
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
