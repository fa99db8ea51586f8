import { Module } from '@nestjs/common';
import { directoryConsumerGroup } from './consumer/directory.consumer';
import { DirectoryEventHandlers } from './consumer/directory-event.handlers';
import { OrganisationChanges } from './consumer/organisation-changes';
import { DirectoryClustersController } from './http/directory-clusters.controller';
import { DirectoryOrganisationsController } from './http/directory-organisations.controller';
import { DirectoryClusterRepository } from './persistence/directory-cluster.repository';
import { DirectoryOrganisationRepository } from './persistence/directory-organisation.repository';
import { DirectoryLookup } from './persistence/directory-lookup';

/** The directory of clusters and member organisations: a read model of membership's events. */
@Module({
  controllers: [DirectoryOrganisationsController, DirectoryClustersController, DirectoryEventHandlers],
  providers: [
    DirectoryOrganisationRepository,
    DirectoryClusterRepository,
    directoryConsumerGroup,
    OrganisationChanges,
    DirectoryLookup,
  ],
  // Matching reads the organisations and follows their changes; the Passport, introductions and
  // missions look members and clusters up. They depend on us, never the reverse.
  exports: [DirectoryOrganisationRepository, OrganisationChanges, DirectoryLookup],
})
export class DirectoryModule {}
