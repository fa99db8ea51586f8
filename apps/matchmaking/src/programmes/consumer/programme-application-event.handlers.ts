import { Controller } from '@nestjs/common';
import {
  ApplicationAnswersUpdated,
  ApplicationDrafted,
  ApplicationEndorsed,
  ApplicationForwarded,
  ApplicationOutcomeRecorded,
  ApplicationReturned,
  ApplicationSubmitted,
  ApplicationWithdrawn,
  type CloudEvent,
} from '@icn/contracts';
import { GuardedProjection, OnEvent, type ProjectedWrite } from '@icn/messaging';
import { ProgrammeApplicationRepository } from '../persistence/programme-application.repository';
import { projectProgrammeApplication, type ApplicationSnapshotEvent } from '../projection/programme-application.projection';
import { PROGRAMME_READ_MODEL_GROUP } from './programme.consumer';

/**
 * One handler per application event type, all alike: who applied to which programme and the
 * application's status, under the sequence guard. In the programme read model's group, so the two
 * collections are built, and rebuilt, together. A controller of the event transport: no HTTP routes.
 */
@Controller()
export class ProgrammeApplicationEventHandlers {
  private readonly applications: GuardedProjection;

  constructor(repository: ProgrammeApplicationRepository) {
    // `park` for the record only: every application event carries the full snapshot and may create the document.
    this.applications = new GuardedProjection({ readModel: 'programme-application', collection: repository.projectionTarget, missingDocument: 'park' });
  }

  @OnEvent(ApplicationDrafted, { group: PROGRAMME_READ_MODEL_GROUP })
  drafted(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  @OnEvent(ApplicationAnswersUpdated, { group: PROGRAMME_READ_MODEL_GROUP })
  answersUpdated(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  @OnEvent(ApplicationSubmitted, { group: PROGRAMME_READ_MODEL_GROUP })
  submitted(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  @OnEvent(ApplicationReturned, { group: PROGRAMME_READ_MODEL_GROUP })
  returned(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  @OnEvent(ApplicationEndorsed, { group: PROGRAMME_READ_MODEL_GROUP })
  endorsed(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  @OnEvent(ApplicationForwarded, { group: PROGRAMME_READ_MODEL_GROUP })
  forwarded(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  @OnEvent(ApplicationOutcomeRecorded, { group: PROGRAMME_READ_MODEL_GROUP })
  outcomeRecorded(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  @OnEvent(ApplicationWithdrawn, { group: PROGRAMME_READ_MODEL_GROUP })
  withdrawn(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.project(event);
  }

  private project(event: CloudEvent<ApplicationSnapshotEvent>): ProjectedWrite {
    return this.applications.write(projectProgrammeApplication(event));
  }
}
