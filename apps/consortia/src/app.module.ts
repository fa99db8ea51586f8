import { Module } from '@nestjs/common';
import { Topics } from '@icn/contracts';
import { MessagingModule } from '@icn/messaging';
import { IdempotencyModule, PlatformModule } from '@icn/platform';
import { ConsortiaConfig } from './consortia.config';
import { ConsortiaModule } from './consortia/consortia.module';
import { PartnerSearchModule } from './partner-search/partner-search.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'consortia', configClass: ConsortiaConfig }),
    // Kafka settings (and TLS/SASL) come from the validated config; Kafka joins /health/ready.
    // The topic it publishes is created at start-up (never auto-created); the membership and
    // opportunity topics it reads are ensured by its consumers.
    MessagingModule.forService({ topics: [Topics.consortiaConsortium, Topics.consortiaPartnerSearch] }),
    // Idempotency-Key records in consortia's own database (every write endpoint).
    IdempotencyModule.fromPlatform(),
    // Brings in the membership and funding-call read models it builds on.
    ConsortiaModule,
    // Partner searches: requests to matchmaking and its proposals, through Kafka; the proposal builder.
    PartnerSearchModule,
  ],
})
export class AppModule {}
