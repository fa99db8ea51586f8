import { Controller } from '@nestjs/common';
import { ProgrammeRegistered, ProgrammeUpdated, type CloudEvent, type ProgrammeRegisteredV1, type ProgrammeUpdatedV1 } from '@icn/contracts';
import { GuardedProjection, OnEvent, type ProjectedWrite } from '@icn/messaging';
import { MatchmakingProgrammeRepository } from '../persistence/matchmaking-programme.repository';
import { projectProgrammeSnapshot } from '../projection/programme.projection';
import { PROGRAMME_READ_MODEL_GROUP } from './programme.consumer';

/**
 * One handler per programme event type, alike: the event's snapshot replaces the stored one under
 * the sequence guard. Nothing listens for the changes: rankings read the programme per request.
 * Invalid payloads never get here (the transport validates them against the contract and
 * dead-letters the ones that fail). A controller of the event transport: it has no HTTP routes.
 */
@Controller()
export class ProgrammeEventHandlers {
  private readonly programmes: GuardedProjection;

  constructor(repository: MatchmakingProgrammeRepository) {
    /**
     * Missing-document policy `park`, for the record only: every programme event carries the full
     * snapshot and may create the document (upsert), so no event can find it missing.
     */
    this.programmes = new GuardedProjection({ readModel: 'programme', collection: repository.projectionTarget, missingDocument: 'park' });
  }

  @OnEvent(ProgrammeRegistered, { group: PROGRAMME_READ_MODEL_GROUP })
  registered(event: CloudEvent<ProgrammeRegisteredV1>): ProjectedWrite {
    return this.programmes.write(projectProgrammeSnapshot(event));
  }

  @OnEvent(ProgrammeUpdated, { group: PROGRAMME_READ_MODEL_GROUP })
  updated(event: CloudEvent<ProgrammeUpdatedV1>): ProjectedWrite {
    return this.programmes.write(projectProgrammeSnapshot(event));
  }
}
