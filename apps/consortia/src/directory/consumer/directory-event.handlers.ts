import { Inject, Injectable } from '@nestjs/common';
import {
  ClusterRegistered,
  ClusterUpdated,
  OrganisationJoined,
  OrganisationLeft,
  OrganisationReinstated,
  OrganisationSuspended,
  OrganisationUpdated,
  type CloudEvent,
  type EventDefinition,
} from '@icn/contracts';
import { type ApplyOutcome, type EventHandler, type ProjectionWrite } from '@icn/messaging';
import { LOGGER } from '@icn/platform';
import type { Logger } from 'pino';
import { ConsortiaDirectory } from '../persistence/consortia-directory.repository';
import { projectClusterSnapshot } from '../projection/cluster.projection';
import {
  projectOrganisationJoined,
  projectOrganisationLeft,
  projectOrganisationReinstated,
  projectOrganisationSuspended,
  projectOrganisationUpdated,
} from '../projection/organisation.projection';

/**
 * One handler per membership event consortia needs: project, then apply under the sequence guard.
 *
 * A status delta for an organisation never seen (its `joined` was dead-lettered) is thrown as an
 * error, so the messaging library retries it and then parks it on `<topic>.dlq` next to its
 * predecessor, where an operator can replay both in order. (Matchmaking parks such events at once
 * to skip the retries; consortia's read model is small enough that the retry cost does not matter.)
 */
@Injectable()
export class DirectoryEventHandlers {
  constructor(
    private readonly directory: ConsortiaDirectory,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  all(): EventHandler[] {
    const organisations = (write: ProjectionWrite) => this.directory.applyToOrganisation(write);
    const clusters = (write: ProjectionWrite) => this.directory.applyToCluster(write);
    return [
      this.handler(ClusterRegistered, projectClusterSnapshot, clusters),
      this.handler(ClusterUpdated, projectClusterSnapshot, clusters),
      this.handler(OrganisationJoined, projectOrganisationJoined, organisations),
      this.handler(OrganisationUpdated, projectOrganisationUpdated, organisations),
      this.handler(OrganisationSuspended, projectOrganisationSuspended, organisations),
      this.handler(OrganisationReinstated, projectOrganisationReinstated, organisations),
      this.handler(OrganisationLeft, projectOrganisationLeft, organisations),
    ];
  }

  private handler<T extends object>(
    definition: EventDefinition<T>,
    project: (event: CloudEvent<T>) => ProjectionWrite,
    apply: (write: ProjectionWrite) => Promise<ApplyOutcome>,
  ): EventHandler<T> {
    return {
      definition,
      handle: async (event) => {
        const write = project(event);
        const outcome = await apply(write);
        if (outcome === 'missing') {
          throw new Error(`missing snapshot: ${event.type} (sequence ${write.sequence}) for ${write.id}, which is not in the directory`);
        }
        const details = { eventId: event.id, type: event.type, aggregateId: write.id, sequence: write.sequence, outcome };
        if (outcome === 'stale') this.logger.debug(details, 'directory event already applied or superseded');
        else this.logger.info(details, 'directory event applied');
      },
    };
  }
}
