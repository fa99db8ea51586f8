import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { DirectoryEventHandlers } from './directory-event.handlers';

export const DIRECTORY_TOPICS = [Topics.membershipCluster, Topics.membershipOrganisation] as const;

/**
 * Declares the directory's consumer group. The messaging library starts it once the topics exist
 * and stops it first on shutdown.
 */
@Injectable()
export class DirectoryConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: DirectoryEventHandlers,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      groupId: this.config.CONSUMER_GROUP,
      topics: DIRECTORY_TOPICS,
      handlers: this.handlers.all(),
      // Processed event ids go to our own database, next to the directory they protect.
      connection: this.connection,
      // A new group (first deployment, or a rebuild under a new group id) reads the full history.
      fromBeginning: true,
      // Partitions hold different aggregates, which the projection never relates, so they can be
      // applied in parallel; order within a partition (one aggregate's history) is kept.
      partitionsConsumedConcurrently: this.config.CONSUMER_CONCURRENCY,
    });
  }
}
