import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection } from 'mongoose';
import type { ConsortiaConfig } from '../../consortia.config';
import { DirectoryEventHandlers } from './directory-event.handlers';

export const DIRECTORY_TOPICS = [Topics.membershipCluster, Topics.membershipOrganisation] as const;

/** Declares the membership read model's consumer group; the messaging library starts and stops it. */
@Injectable()
export class DirectoryConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: DirectoryEventHandlers,
    @Inject(CONFIG) private readonly config: ConsortiaConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      groupId: this.config.DIRECTORY_CONSUMER_GROUP,
      topics: DIRECTORY_TOPICS,
      handlers: this.handlers.all(),
      // Processed event ids go to our own database, next to the read model they protect.
      connection: this.connection,
      // A new group (first deployment, or a rebuild under a new group id) reads the full history.
      fromBeginning: true,
      partitionsConsumedConcurrently: this.config.CONSUMER_CONCURRENCY,
    });
  }
}
