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
import { FundingCallRepository } from '../persistence/funding-call.repository';
import { projectFundingCall, type OpportunitySnapshotEvent } from '../projection/funding-call.projection';
import { FUNDING_CALL_GROUP } from './funding-call.consumer';

/**
 * One handler per opportunity event type, all alike: a funding call's snapshot replaces the stored
 * one under the sequence guard; any other opportunity type writes nothing (null). Invalid payloads
 * never get here: the transport validates them against the contract and dead-letters the ones that
 * fail. A controller of the event transport, as Nest wants message handlers: it has no HTTP routes.
 */
@Controller()
export class FundingCallEventHandlers {
  private readonly calls: GuardedProjection;

  constructor(repository: FundingCallRepository) {
    /**
     * Missing-document policy `retry-then-dead-letter`, for the record only: every opportunity
     * event carries the full snapshot and may create the document (upsert), so no event can find
     * it missing; were one to, it would take the library's ordinary failure path.
     */
    this.calls = new GuardedProjection({ readModel: 'funding-call', collection: repository.projectionTarget, missingDocument: 'retry-then-dead-letter' });
  }

  @OnEvent(OpportunityPublished, { group: FUNDING_CALL_GROUP })
  published(event: CloudEvent<OpportunityPublishedV1>): ProjectedWrite | null {
    return this.keep(event);
  }

  @OnEvent(OpportunityUpdated, { group: FUNDING_CALL_GROUP })
  updated(event: CloudEvent<OpportunityUpdatedV1>): ProjectedWrite | null {
    return this.keep(event);
  }

  @OnEvent(OpportunityDeadlineExtended, { group: FUNDING_CALL_GROUP })
  deadlineExtended(event: CloudEvent<OpportunityDeadlineExtendedV1>): ProjectedWrite | null {
    return this.keep(event);
  }

  @OnEvent(OpportunityClosed, { group: FUNDING_CALL_GROUP })
  closed(event: CloudEvent<OpportunityClosedV1>): ProjectedWrite | null {
    return this.keep(event);
  }

  @OnEvent(OpportunityCancelled, { group: FUNDING_CALL_GROUP })
  cancelled(event: CloudEvent<OpportunityCancelledV1>): ProjectedWrite | null {
    return this.keep(event);
  }

  @OnEvent(OpportunityExpired, { group: FUNDING_CALL_GROUP })
  expired(event: CloudEvent<OpportunityExpiredV1>): ProjectedWrite | null {
    return this.keep(event);
  }

  /** The guarded write of a funding call; null (nothing stored) for any other opportunity type. */
  private keep(event: CloudEvent<OpportunitySnapshotEvent>): ProjectedWrite | null {
    const write = projectFundingCall(event);
    return write === null ? null : this.calls.write(write);
  }
}
