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
import { Controller } from '@nestjs/common';
import { MembershipDirectory } from '../persistence/membership-directory';
import {
  projectClusterRegistered,
  projectClusterUpdated,
  projectContactAdded,
  projectContactRemoved,
  projectContactUpdated,
  projectOrganisationJoined,
  projectOrganisationLeft,
  projectOrganisationReinstated,
  projectOrganisationSuspended,
  projectOrganisationUpdated,
} from '../projection/directory.projection';
import { DIRECTORY_GROUP } from './directory.consumer';

/**
 * One handler per membership event the read model needs, each "project under the sequence guard".
 * Contacts are projected for e-mail (the recipients a subscriber may choose). A controller of the
 * event transport, as Nest wants message handlers: it has no HTTP routes.
 */
@Controller()
export class DirectoryEventHandlers {
  private readonly organisations: GuardedProjection;
  private readonly clusters: GuardedProjection;

  constructor(directory: MembershipDirectory) {
    /**
     * Missing-document policy `skip`: a status delta for an organisation we never saw means its
     * snapshot event was dead-lettered by this group. Opportunities only needs the organisation's
     * current status and attributes, which every snapshot (OrganisationUpdated) carries in full, so
     * the next one restores it; the delta alone is worth nothing (a status with no cluster, name or
     * helix type), and parking it would ask an operator to replay something the snapshot supersedes.
     */
    this.organisations = new GuardedProjection({ readModel: 'membership directory', collection: directory.organisationsTarget, missingDocument: 'skip' });
    // Both cluster events are snapshots that may create the document: nothing can be missing.
    this.clusters = new GuardedProjection({ readModel: 'membership directory', collection: directory.clustersTarget, missingDocument: 'skip' });
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

  @OnEvent(OrganisationLeft, { group: DIRECTORY_GROUP })
  organisationLeft(event: CloudEvent<OrganisationLeftV1>): ProjectedWrite {
    return this.organisations.write(projectOrganisationLeft(event));
  }
}
