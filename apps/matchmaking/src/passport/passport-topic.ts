import { Topics } from '@icn/contracts';
import { MESSAGING_OPTIONS, TopicAdmin, type ResolvedMessagingOptions } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';

/**
 * Creates the Passport topic (and its DLQ) before the relay can publish to it: topics are never
 * auto-created. The Passport owns this so the app module need not list every publisher's topics.
 */
@Injectable()
export class PassportTopic implements OnModuleInit {
  constructor(
    private readonly admin: TopicAdmin,
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.admin.ensureTopics([Topics.matchmakingPassport], this.options.partitions);
  }
}
