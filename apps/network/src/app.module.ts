import { Module } from '@nestjs/common';
import { MessagingModule } from '@icn/messaging';
import { IdempotencyModule, PlatformModule } from '@icn/platform';
import { DirectoryModule } from './directory/directory.module';
import { NetworkConfig } from './network.config';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'network', configClass: NetworkConfig }),
    // Kafka settings (and TLS/SASL) come from the validated config; Kafka joins /health/ready.
    // The topics it publishes are created at start-up (never auto-created); the membership topics
    // it reads are ensured by its consumers.
    MessagingModule.forService({ topics: [] }),
    // Idempotency-Key records in network's own database (every write endpoint).
    IdempotencyModule.fromPlatform(),
    // Who applies: the membership read model (organisations and clusters) from membership's events.
    DirectoryModule,
  ],
})
export class AppModule {}
