import { Topics } from '@icn/contracts';
import { MessagingModule } from '@icn/messaging';
import { IdempotencyModule, PlatformModule } from '@icn/platform';
import { Module } from '@nestjs/common';
import { ClustersModule } from './clusters/clusters.module';
import { ContactsModule } from './contacts/contacts.module';
import { MembershipConfig } from './membership.config';
import { OrganisationsModule } from './organisations/organisations.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'membership', configClass: MembershipConfig }),
    // Membership publishes to its two topics (created at start-up) and consumes nothing: it is the
    // source of truth for clusters and organisations. Kafka settings come from the validated config.
    MessagingModule.forService({ topics: [Topics.membershipCluster, Topics.membershipOrganisation] }),
    // Idempotency-Key records live in membership's own database (collection idempotency_keys).
    IdempotencyModule.fromPlatform(),
    ClustersModule,
    OrganisationsModule,
    ContactsModule,
  ],
})
export class AppModule {}
