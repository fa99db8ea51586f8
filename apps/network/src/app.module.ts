import { Module } from '@nestjs/common';
import { Topics } from '@icn/contracts';
import { MessagingModule } from '@icn/messaging';
import { IdempotencyModule, PlatformModule } from '@icn/platform';
import { ApplicationsModule } from './applications/applications.module';
import { DirectoryModule } from './directory/directory.module';
import { NetworkConfig } from './network.config';
import { NetworkEventsModule } from './network-events/network-events.module';
import { AnnualReportModule } from './annual-report/annual-report.module';
import { PartnersModule } from './partners/partners.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'network', configClass: NetworkConfig }),
    // Kafka settings (and TLS/SASL) come from the validated config; Kafka joins /health/ready.
    // The topics it publishes are created at start-up (never auto-created); the membership topics
    // it reads are ensured by its consumers.
    MessagingModule.forService({ topics: [Topics.networkPartner, Topics.networkProgramme, Topics.networkApplication, Topics.networkEvent] }),
    // Idempotency-Key records in network's own database (every write endpoint).
    IdempotencyModule.fromPlatform(),
    // Who applies: the membership read model (organisations and clusters) from membership's events.
    DirectoryModule,
    // Partners and their programmes (eligibility, call window, requirements).
    PartnersModule,
    // Applications: drafted by members, endorsed by their cluster manager, forwarded by the secretariat.
    ApplicationsModule,
    // Network events: registration with a waiting list, attendance, a calendar file per registrant.
    NetworkEventsModule,
    // The annual report: a read model of every service's events, as JSON and a printable page.
    AnnualReportModule,
  ],
})
export class AppModule {}
