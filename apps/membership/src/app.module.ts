import { Topics } from '@icn/contracts';
import { MessagingModule } from '@icn/messaging';
import { CONFIG, IdempotencyModule, LOGGER, METRICS, PlatformModule, type PlatformMetrics } from '@icn/platform';
import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AsyncApiModule } from './asyncapi/asyncapi.module';
import { ClustersModule } from './clusters/clusters.module';
import { ContactsModule } from './contacts/contacts.module';
import { MembershipConfig } from './membership.config';
import { MessagingWiring } from './messaging/messaging-wiring';
import { OrganisationsModule } from './organisations/organisations.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'membership', configClass: MembershipConfig }),
    // Kafka settings come from the validated config, so a bad value fails start-up with the
    // platform's message. Membership publishes to its two topics (created at start-up) and
    // consumes nothing: it is the source of truth for clusters and organisations.
    MessagingModule.forRootAsync({
      inject: [CONFIG, METRICS, LOGGER],
      useFactory: (config: MembershipConfig, metrics: PlatformMetrics, logger: Logger) => ({
        brokers: config.KAFKA_BROKERS,
        clientId: config.KAFKA_CLIENT_ID,
        partitions: config.KAFKA_TOPIC_PARTITIONS,
        outboxPollMs: config.OUTBOX_POLL_MS,
        topics: [Topics.membershipCluster, Topics.membershipOrganisation],
        metrics,
        logger,
      }),
    }),
    // Idempotency-Key records live in membership's own database (collection idempotency_keys).
    IdempotencyModule.fromPlatform(),
    ClustersModule,
    OrganisationsModule,
    ContactsModule,
    AsyncApiModule,
  ],
  providers: [MessagingWiring],
})
export class AppModule {}
