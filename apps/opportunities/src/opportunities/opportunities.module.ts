import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { OpportunitiesController } from './http/opportunities.controller';
import { OpportunitiesService } from './http/opportunities.service';
import { OpportunityLifecycleController } from './http/opportunity-lifecycle.controller';
import { OpportunityLifecycleService } from './http/opportunity-lifecycle.service';
import { PublicationChecks } from './http/publication-checks';
import { OpportunityAggregate } from './persistence/opportunity.aggregate';
import { OpportunityRepository } from './persistence/opportunity.repository';

/** The opportunity aggregate: REST API and lifecycle, written through the write path (ADR 12). */
@Module({
  imports: [DirectoryModule],
  controllers: [OpportunitiesController, OpportunityLifecycleController],
  providers: [OpportunityRepository, OpportunityAggregate, PublicationChecks, OpportunitiesService, OpportunityLifecycleService],
  exports: [OpportunityRepository, OpportunityAggregate],
})
export class OpportunitiesModule {}
