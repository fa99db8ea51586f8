import { Module } from '@nestjs/common';
import { MessagingModule } from '@icn/messaging';
import { CONFIG, LOGGER, METRICS, PlatformModule, type PlatformMetrics } from '@icn/platform';
import type { Logger } from 'pino';
import { DirectoryModule } from './directory/directory.module';
import { KafkaReadinessRegistrar } from './kafka-readiness.registrar';
import { MatchmakingConfig } from './matchmaking.config';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'matchmaking', configClass: MatchmakingConfig }),
    // Kafka settings come from the validated config, so a bad value fails the start-up with the
    // platform's message rather than messaging's own environment parsing.
    MessagingModule.forRootAsync({
      inject: [CONFIG, METRICS, LOGGER],
      useFactory: (config: MatchmakingConfig, metrics: PlatformMetrics, logger: Logger) => ({
        brokers: config.KAFKA_BROKERS,
        clientId: config.KAFKA_CLIENT_ID,
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        metrics,
        logger,
      }),
    }),
    DirectoryModule,
  ],
  providers: [KafkaReadinessRegistrar],
})
export class AppModule {}
