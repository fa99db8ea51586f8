import { Inject, Injectable } from '@nestjs/common';
import {
  ClusterRegistered,
  ClusterUpdated,
  ContactAdded,
  ContactRemoved,
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
import { DirectoryClusterRepository } from '../persistence/directory-cluster.repository';
import { DirectoryOrganisationRepository } from '../persistence/directory-organisation.repository';
import { projectClusterRegistered, projectClusterUpdated } from '../projection/cluster.projection';
import {
  projectContactAdded,
  projectContactRemoved,
  projectOrganisationJoined,
  projectOrganisationLeft,
  projectOrganisationReinstated,
  projectOrganisationSuspended,
  projectOrganisationUpdated,
} from '../projection/organisation.projection';
import { DirectoryDeadLetterService } from './directory-dead-letter.service';
import { missingEntryReason } from './missing-directory-entry';
import { OrganisationChanges } from './organisation-changes';

interface DirectoryTarget {
  apply(write: ProjectionWrite): Promise<ApplyOutcome>;
}

/**
 * One handler per membership event type. Each is "project, then apply under the sequence guard";
 * all the domain decisions live in the pure projection functions.
 */
@Injectable()
export class DirectoryEventHandlers {
  constructor(
    private readonly organisations: DirectoryOrganisationRepository,
    private readonly clusters: DirectoryClusterRepository,
    private readonly deadLetters: DirectoryDeadLetterService,
    private readonly organisationChanges: OrganisationChanges,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  all(): EventHandler[] {
    return [
      this.handler(ClusterRegistered, projectClusterRegistered, this.clusters),
      this.handler(ClusterUpdated, projectClusterUpdated, this.clusters),
      this.handler(OrganisationJoined, projectOrganisationJoined, this.organisations, this.organisationChanges),
      this.handler(OrganisationUpdated, projectOrganisationUpdated, this.organisations, this.organisationChanges),
      this.handler(OrganisationSuspended, projectOrganisationSuspended, this.organisations, this.organisationChanges),
      this.handler(OrganisationReinstated, projectOrganisationReinstated, this.organisations, this.organisationChanges),
      this.handler(OrganisationLeft, projectOrganisationLeft, this.organisations, this.organisationChanges),
      this.handler(ContactAdded, projectContactAdded, this.organisations, this.organisationChanges),
      this.handler(ContactRemoved, projectContactRemoved, this.organisations, this.organisationChanges),
    ];
  }

  private handler<T extends object>(
    definition: EventDefinition<T>,
    project: (event: CloudEvent<T>) => ProjectionWrite,
    target: DirectoryTarget,
    changes?: OrganisationChanges,
  ): EventHandler<T> {
    return {
      definition,
      handle: async (event, ctx) => {
        const write = project(event);
        const outcome = await target.apply(write);
        const details = { eventId: event.id, type: event.type, aggregateId: write.id, sequence: write.sequence, outcome };
        if (outcome === 'missing') {
          await this.deadLetters.park(event, ctx, missingEntryReason(event.type, write.id, write.sequence));
          return;
        }
        // A stale event is normal after a redelivery or a replay; debug keeps the noise down.
        if (outcome === 'stale') {
          this.logger.debug(details, 'directory event already applied or superseded');
        } else {
          this.logger.info(details, 'directory event applied');
        }
        // Stale too: if an earlier delivery was applied but its listeners failed (so it was
        // redelivered), this is their second chance to catch up with the stored document.
        await changes?.notify(write.id);
      },
    };
  }
}
