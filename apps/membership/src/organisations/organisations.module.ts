import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { CommonModule } from '../common/common.module';
import { OrganisationLifecycleController } from './organisation-lifecycle.controller';
import { OrganisationLifecycleService } from './organisation-lifecycle.service';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [CommonModule, ClustersModule],
  controllers: [OrganisationsController, OrganisationLifecycleController],
  providers: [OrganisationRepository, OrganisationsService, OrganisationLifecycleService],
  // Contacts are part of the organisation aggregate and write through the same repository.
  exports: [OrganisationRepository],
})
export class OrganisationsModule {}
