import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { EventOutbox } from './application/event-outbox';
import { OpportunitiesService } from './application/opportunities.service';
import { OpportunityLifecycleService } from './application/opportunity-lifecycle.service';
import { OpportunityWriter } from './application/opportunity-writer';
import { PublicationChecks } from './application/publication-checks';
import { OpportunitiesController } from './http/opportunities.controller';
import { OpportunityLifecycleController } from './http/opportunity-lifecycle.controller';
import { OpportunityRepository } from './persistence/opportunity.repository';

/** The opportunity aggregate: REST API, lifecycle, and its events (through the outbox). */
@Module({
  imports: [DirectoryModule],
  controllers: [OpportunitiesController, OpportunityLifecycleController],
  providers: [OpportunityRepository, EventOutbox, OpportunityWriter, PublicationChecks, OpportunitiesService, OpportunityLifecycleService],
  exports: [OpportunityRepository, OpportunityWriter],
})
export class OpportunitiesModule {}
