import { Topics } from '@icn/contracts';
import { MessagingModule } from '@icn/messaging';
import { IdempotencyModule, PlatformModule } from '@icn/platform';
import { Module } from '@nestjs/common';
import { DirectoryModule } from './directory/directory.module';
import { FeedsModule } from './feeds/feeds.module';
import { DeliveryModule } from './notifications/delivery.module';
import { OpportunitiesConfig } from './opportunities.config';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { SchedulingModule } from './scheduling/scheduling.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'opportunities', configClass: OpportunitiesConfig }),
    // Kafka settings (and TLS/SASL) come from the validated config; Kafka joins /health/ready.
    // Opportunities publishes these topics (created at start-up, with their .dlq); consumed topics
    // (membership) are added by the consumers that register.
    MessagingModule.forService({
      topics: [Topics.opportunitiesOpportunity, Topics.opportunitiesSubscription, Topics.opportunitiesNotification],
    }),
    // Idempotency-Key records live in the service's own database (collection idempotency_keys).
    IdempotencyModule.fromPlatform(),
    DirectoryModule,
    OpportunitiesModule,
    SchedulingModule,
    DeliveryModule,
    FeedsModule,
  ],
})
export class AppModule {}
