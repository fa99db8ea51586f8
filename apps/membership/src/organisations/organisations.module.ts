import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { OrganisationLifecycleController } from './http/organisation-lifecycle.controller';
import { OrganisationsController } from './http/organisations.controller';
import { OrganisationLifecycleService } from './organisation-lifecycle.service';
import { OrganisationsService } from './organisations.service';
import { OrganisationAggregate } from './persistence/organisation.aggregate';
import { OrganisationRepository } from './persistence/organisation.repository';

@Module({
  imports: [ClustersModule],
  controllers: [OrganisationsController, OrganisationLifecycleController],
  providers: [OrganisationRepository, OrganisationAggregate, OrganisationsService, OrganisationLifecycleService],
  // Contacts are part of the organisation aggregate and change through it.
  exports: [OrganisationAggregate],
})
export class OrganisationsModule {}
