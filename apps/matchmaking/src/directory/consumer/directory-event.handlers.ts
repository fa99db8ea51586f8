import { Controller } from '@nestjs/common';
import {
  ClusterRegistered,
  ClusterUpdated,
  ContactAdded,
  ContactRemoved,
  ContactUpdated,
  OrganisationJoined,
  OrganisationLeft,
  OrganisationReinstated,
  OrganisationSuspended,
  OrganisationUpdated,
  type CloudEvent,
  type ClusterRegisteredV1,
  type ClusterUpdatedV1,
  type ContactAddedV1,
  type ContactRemovedV1,
  type ContactUpdatedV1,
  type OrganisationJoinedV1,
  type OrganisationLeftV1,
  type OrganisationReinstatedV1,
  type OrganisationSuspendedV1,
  type OrganisationUpdatedV1,
} from '@icn/contracts';
import { GuardedProjection, OnEvent, type ProjectedWrite } from '@icn/messaging';
import { DirectoryClusterRepository } from '../persistence/directory-cluster.repository';
import { DirectoryOrganisationRepository } from '../persistence/directory-organisation.repository';
import { projectClusterRegistered, projectClusterUpdated } from '../projection/cluster.projection';
import {
  projectContactAdded,
  projectContactRemoved,
  projectContactUpdated,
  projectOrganisationJoined,
  projectOrganisationLeft,
  projectOrganisationReinstated,
  projectOrganisationSuspended,
  projectOrganisationUpdated,
} from '../projection/organisation.projection';
import { DIRECTORY_GROUP } from './directory.consumer';
import { OrganisationChanges } from './organisation-changes';

/**
 * One handler per membership event type, each "project under the sequence guard": the domain
 * decisions live in the pure projection functions, and the consumer applies the returned writes
 * (a batch at a time when catching up). A controller of the event transport, as Nest wants
 * message handlers: it has no HTTP routes.
 */
@Controller()
export class DirectoryEventHandlers {
  private readonly organisations: GuardedProjection;
  private readonly clusters: GuardedProjection;

  constructor(organisations: DirectoryOrganisationRepository, clusters: DirectoryClusterRepository, organisationChanges: OrganisationChanges) {
    /**
     * Missing-document policy `park`: a delta (suspended, contact-added, …) for an organisation
     * the directory never received a snapshot of means its `joined` event was dead-lettered
     * (membership events of one organisation arrive in order). Applying the delta to nothing would
     * invent a partial organisation, and skipping it silently would lose it; retrying cannot make
     * the snapshot appear and would cost seconds per event on every rebuild. Parked at once next to
     * its predecessor, an operator replays both, in offset order, and the entry is rebuilt.
     */
    this.organisations = new GuardedProjection({
      readModel: 'directory',
      collection: organisations.projectionTarget,
      missingDocument: 'park',
      // Matching takes the organisation as stored: handed over when a batch inserted it whole (a
      // catch-up), re-read otherwise — applied or stale: a redelivery after a failed listener is its
      // second chance.
      afterSettled: (id, written) => organisationChanges.notify(id, written === undefined ? undefined : organisations.asStored(written)),
    });
    // Both cluster events are snapshots that may create the document: nothing can be missing.
    this.clusters = new GuardedProjection({ readModel: 'directory', collection: clusters.projectionTarget, missingDocument: 'park' });
  }

  @OnEvent(ClusterRegistered, { group: DIRECTORY_GROUP })
  clusterRegistered(event: CloudEvent<ClusterRegisteredV1>): ProjectedWrite {
    return this.clusters.write(projectClusterRegistered(event));
  }

  @OnEvent(ClusterUpdated, { group: DIRECTORY_GROUP })
  clusterUpdated(event: CloudEvent<ClusterUpdatedV1>): ProjectedWrite {
    return this.clusters.write(projectClusterUpdated(event));
  }

  @OnEvent(OrganisationJoined, { group: DIRECTORY_GROUP })
  organisationJoined(event: CloudEvent<OrganisationJoinedV1>): ProjectedWrite {
    return this.organisations.write(projectOrganisationJoined(event));
  }

  @OnEvent(OrganisationUpdated, { group: DIRECTORY_GROUP })
  organisationUpdated(event: CloudEvent<OrganisationUpdatedV1>): ProjectedWrite {
    return this.organisations.write(projectOrganisationUpdated(event));
  }

  @OnEvent(OrganisationSuspended, { group: DIRECTORY_GROUP })
  organisationSuspended(event: CloudEvent<OrganisationSuspendedV1>): ProjectedWrite {
    return this.organisations.write(projectOrganisationSuspended(event));
  }

  @OnEvent(OrganisationReinstated, { group: DIRECTORY_GROUP })
  organisationReinstated(event: CloudEvent<OrganisationReinstatedV1>): ProjectedWrite {
    return this.organisations.write(projectOrganisationReinstated(event));
  }

  @OnEvent(OrganisationLeft, { group: DIRECTORY_GROUP })
  organisationLeft(event: CloudEvent<OrganisationLeftV1>): ProjectedWrite {
    return this.organisations.write(projectOrganisationLeft(event));
  }

  @OnEvent(ContactAdded, { group: DIRECTORY_GROUP })
  contactAdded(event: CloudEvent<ContactAddedV1>): ProjectedWrite {
    return this.organisations.write(projectContactAdded(event));
  }

  @OnEvent(ContactUpdated, { group: DIRECTORY_GROUP })
  contactUpdated(event: CloudEvent<ContactUpdatedV1>): ProjectedWrite {
    return this.organisations.write(projectContactUpdated(event));
  }

  @OnEvent(ContactRemoved, { group: DIRECTORY_GROUP })
  contactRemoved(event: CloudEvent<ContactRemovedV1>): ProjectedWrite {
    return this.organisations.write(projectContactRemoved(event));
  }
}
