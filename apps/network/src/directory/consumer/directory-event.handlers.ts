import { Controller } from '@nestjs/common';
import {
  ClusterRegistered,
  ClusterUpdated,
  OrganisationJoined,
  OrganisationLeft,
  OrganisationReinstated,
  OrganisationSuspended,
  OrganisationUpdated,
  type CloudEvent,
  type ClusterRegisteredV1,
  type ClusterUpdatedV1,
  type OrganisationJoinedV1,
  type OrganisationLeftV1,
  type OrganisationReinstatedV1,
  type OrganisationSuspendedV1,
  type OrganisationUpdatedV1,
} from '@icn/contracts';
import { GuardedProjection, OnEvent, type ProjectedWrite } from '@icn/messaging';
import { NetworkDirectory } from '../persistence/network-directory.repository';
import { projectClusterSnapshot } from '../projection/cluster.projection';
import {
  projectOrganisationJoined,
  projectOrganisationLeft,
  projectOrganisationReinstated,
  projectOrganisationSuspended,
  projectOrganisationUpdated,
} from '../projection/organisation.projection';
import { DIRECTORY_GROUP } from './directory.consumer';

/**
 * One handler per membership event network needs, each "project under the sequence guard": the
 * pure projection functions decide the write, the consumer applies it (a batch at a time when
 * catching up). Contact events are not consumed: network keeps no contacts. A controller of the
 * event transport, as Nest wants message handlers: it has no HTTP routes.
 */
@Controller()
export class DirectoryEventHandlers {
  private readonly organisations: GuardedProjection;
  private readonly clusters: GuardedProjection;

  constructor(directory: NetworkDirectory) {
    /**
     * Missing-document policy `retry-then-dead-letter`: a status delta (suspended, reinstated,
     * left) for an organisation never seen means its `joined` was dead-lettered (one organisation's
     * events arrive in order). Applying it to nothing would invent a partial organisation, and
     * skipping it would lose it; it goes through the library's one failure path — retried, then
     * parked on `<topic>.dlq` next to its predecessor, where an operator replays both in order.
     * (As in consortia: the read model is small enough that the retries cost nothing worth saving.)
     */
    this.organisations = new GuardedProjection({
      readModel: 'directory',
      collection: directory.organisationsProjectionTarget,
      missingDocument: 'retry-then-dead-letter',
    });
    // Both cluster events are snapshots that may create the document: nothing can be missing.
    this.clusters = new GuardedProjection({ readModel: 'directory', collection: directory.clustersProjectionTarget, missingDocument: 'retry-then-dead-letter' });
  }

  @OnEvent(ClusterRegistered, { group: DIRECTORY_GROUP })
  clusterRegistered(event: CloudEvent<ClusterRegisteredV1>): ProjectedWrite {
    return this.clusters.write(projectClusterSnapshot(event));
  }

  @OnEvent(ClusterUpdated, { group: DIRECTORY_GROUP })
  clusterUpdated(event: CloudEvent<ClusterUpdatedV1>): ProjectedWrite {
    return this.clusters.write(projectClusterSnapshot(event));
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
}
