import { Topics } from '@icn/contracts';
import { EventConsumerRegistry } from '@icn/messaging';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { OpportunitiesConfig } from '../opportunities.config';
import { DirectoryEventHandlers } from './directory-event.handlers';

/** Declares the read model's consumer group; the messaging library starts and stops it. */
@Injectable()
export class DirectoryConsumer implements OnModuleInit {
  constructor(
    private readonly registry: EventConsumerRegistry,
    private readonly handlers: DirectoryEventHandlers,
    @Inject(CONFIG) private readonly config: OpportunitiesConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      groupId: this.config.DIRECTORY_CONSUMER_GROUP,
      topics: [Topics.membershipCluster, Topics.membershipOrganisation],
      handlers: this.handlers.all(),
      // Processed event ids live next to the read model they protect.
      connection: this.connection,
      // A new group (first deployment, or a rebuild) reads membership's full history.
      fromBeginning: this.config.DIRECTORY_FROM_BEGINNING,
    });
  }
}
