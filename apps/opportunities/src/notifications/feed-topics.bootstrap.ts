import { Topics } from '@icn/contracts';
import { TopicAdmin } from '@icn/messaging';
import { BaseServiceConfig, CONFIG } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';

/**
 * Creates the delivery topics (subscription events, notifications, and their .dlq) before the relay
 * publishes to them or a stream consumer subscribes; the app module only declares the core's topic.
 */
@Injectable()
export class DeliveryTopicsBootstrap implements OnModuleInit {
  constructor(
    private readonly admin: TopicAdmin,
    @Inject(CONFIG) private readonly config: BaseServiceConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.admin.ensureTopics([Topics.opportunitiesSubscription, Topics.opportunitiesNotification], this.config.KAFKA_TOPIC_PARTITIONS);
  }
}
