import { Controller } from '@nestjs/common';
import {
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityExpired,
  OpportunityPublished,
  OpportunityUpdated,
  type CloudEvent,
  type OpportunityCancelledV1,
  type OpportunityClosedV1,
  type OpportunityDeadlineExtendedV1,
  type OpportunityExpiredV1,
  type OpportunityPublishedV1,
  type OpportunityUpdatedV1,
} from '@icn/contracts';
import { GuardedProjection, OnEvent, type ProjectedWrite } from '@icn/messaging';
import { MatchmakingOpportunityRepository } from '../persistence/matchmaking-opportunity.repository';
import { projectOpportunitySnapshot } from '../projection/opportunity.projection';
import { OPPORTUNITY_READ_MODEL_GROUP } from './opportunity.consumer';
import { OpportunityChanges } from './opportunity-changes';

/**
 * One handler per opportunity event type, all alike: the event's snapshot replaces the stored one
 * under the sequence guard, and the listeners (the matching index) are told. Invalid payloads never
 * get here: the transport validates them against the contract and dead-letters the ones that fail.
 * A controller of the event transport, as Nest wants message handlers: it has no HTTP routes.
 */
@Controller()
export class OpportunityEventHandlers {
  private readonly opportunities: GuardedProjection;

  constructor(repository: MatchmakingOpportunityRepository, changes: OpportunityChanges) {
    /**
     * Missing-document policy `park`, for the record only: every opportunity event carries the full
     * snapshot and may create the document (upsert), so no event can find it missing.
     */
    this.opportunities = new GuardedProjection({
      readModel: 'opportunity',
      collection: repository.projectionTarget,
      missingDocument: 'park',
      // The snapshot as stored when a batch inserted it whole (a catch-up); matching re-reads it otherwise.
      afterSettled: (id, written) => changes.notify(id, written === undefined ? undefined : repository.asStored(written)),
    });
  }

  @OnEvent(OpportunityPublished, { group: OPPORTUNITY_READ_MODEL_GROUP })
  published(event: CloudEvent<OpportunityPublishedV1>): ProjectedWrite {
    return this.opportunities.write(projectOpportunitySnapshot(event));
  }

  @OnEvent(OpportunityUpdated, { group: OPPORTUNITY_READ_MODEL_GROUP })
  updated(event: CloudEvent<OpportunityUpdatedV1>): ProjectedWrite {
    return this.opportunities.write(projectOpportunitySnapshot(event));
  }

  @OnEvent(OpportunityDeadlineExtended, { group: OPPORTUNITY_READ_MODEL_GROUP })
  deadlineExtended(event: CloudEvent<OpportunityDeadlineExtendedV1>): ProjectedWrite {
    return this.opportunities.write(projectOpportunitySnapshot(event));
  }

  @OnEvent(OpportunityClosed, { group: OPPORTUNITY_READ_MODEL_GROUP })
  closed(event: CloudEvent<OpportunityClosedV1>): ProjectedWrite {
    return this.opportunities.write(projectOpportunitySnapshot(event));
  }

  @OnEvent(OpportunityCancelled, { group: OPPORTUNITY_READ_MODEL_GROUP })
  cancelled(event: CloudEvent<OpportunityCancelledV1>): ProjectedWrite {
    return this.opportunities.write(projectOpportunitySnapshot(event));
  }

  @OnEvent(OpportunityExpired, { group: OPPORTUNITY_READ_MODEL_GROUP })
  expired(event: CloudEvent<OpportunityExpiredV1>): ProjectedWrite {
    return this.opportunities.write(projectOpportunitySnapshot(event));
  }
}
