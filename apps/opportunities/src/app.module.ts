import { Topics } from '@icn/contracts';
import { MessagingModule } from '@icn/messaging';
import { CONFIG, IdempotencyModule, LOGGER, METRICS, PlatformModule, type PlatformMetrics } from '@icn/platform';
import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { DirectoryModule } from './directory/directory.module';
import { DeliveryModule } from './notifications/delivery.module';
import { MessagingWiring } from './messaging-wiring';
import { OpportunitiesConfig } from './opportunities.config';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { SchedulingModule } from './scheduling/scheduling.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'opportunities', configClass: OpportunitiesConfig }),
    // Kafka settings come from the validated config, so a bad value fails start-up with the
    // platform's message. Opportunities publishes its topic (created at start-up, with its .dlq);
    // consumed topics (membership) are added by the consumers that register.
    MessagingModule.forRootAsync({
      inject: [CONFIG, METRICS, LOGGER],
      useFactory: (config: OpportunitiesConfig, metrics: PlatformMetrics, logger: Logger) => ({
        brokers: config.KAFKA_BROKERS,
        clientId: config.KAFKA_CLIENT_ID,
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        outboxPollMs: config.OUTBOX_POLL_MS,
        topics: [Topics.opportunitiesOpportunity],
        metrics,
        logger,
      }),
    }),
    // Idempotency-Key records live in the service's own database (collection idempotency_keys).
    IdempotencyModule.fromPlatform(),
    DirectoryModule,
    OpportunitiesModule,
    SchedulingModule,
    DeliveryModule,
  ],
  providers: [MessagingWiring],
})
export class AppModule {}
