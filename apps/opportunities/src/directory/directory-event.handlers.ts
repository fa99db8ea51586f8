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
import type { EventHandler } from '@icn/messaging';
import { LOGGER } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  projectClusterRegistered,
  projectClusterUpdated,
  projectOrganisationJoined,
  projectOrganisationLeft,
  projectOrganisationReinstated,
  projectOrganisationSuspended,
  projectOrganisationUpdated,
  type DirectoryWrite,
} from './directory-projection';
import { MembershipDirectory } from './membership-directory';

/**
 * One handler per membership event the read model needs; contact events are not needed and are
 * skipped by the consumer as unknown types. Each handler is "project, then apply under the guard".
 */
@Injectable()
export class DirectoryEventHandlers {
  constructor(
    private readonly directory: MembershipDirectory,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  all(): EventHandler[] {
    return [
      this.handler(ClusterRegistered, projectClusterRegistered),
      this.handler(ClusterUpdated, projectClusterUpdated),
      this.handler(OrganisationJoined, projectOrganisationJoined),
      this.handler(OrganisationUpdated, projectOrganisationUpdated),
      this.handler(OrganisationSuspended, projectOrganisationSuspended),
      this.handler(OrganisationReinstated, projectOrganisationReinstated),
      this.handler(OrganisationLeft, projectOrganisationLeft),
    ] as EventHandler[];
  }

  private handler<T extends object>(definition: EventDefinition<T>, project: (event: CloudEvent<T>) => DirectoryWrite): EventHandler<T> {
    return {
      definition,
      handle: async (event) => {
        const change = project(event);
        const outcome = await this.directory.apply(change);
        const details = { eventId: event.id, type: event.type, id: change.id, sequence: change.sequence, outcome };
        // A status delta for an organisation we never saw: its snapshot event was dead-lettered by
        // this group. Nothing to apply it to; the next snapshot (OrganisationUpdated) restores it.
        if (outcome === 'missing') this.logger.warn(details, 'membership delta for an unknown organisation skipped');
        else this.logger.debug(details, 'membership event applied to the directory');
      },
    };
  }
}
