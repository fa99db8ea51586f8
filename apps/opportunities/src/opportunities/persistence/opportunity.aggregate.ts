import { WritePath, type Aggregate, type Change, type CommandOptions, type Decide } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import type { OpportunityState } from '../domain/opportunity';
import { OPPORTUNITIES_EVENT_SOURCE } from '../../opportunities-event-source';
import { OpportunityRepository } from './opportunity.repository';

/**
 * The one way an opportunity changes (ADR 12): every command — HTTP, the expiry scheduler — is
 * decided on the newest state and committed through the write path, which publishes its events in
 * version order. Registered at construction so a restarted replica can repair its snapshots.
 */
@Injectable()
export class OpportunityAggregate {
  private readonly aggregate: Aggregate<OpportunityState>;

  constructor(writePath: WritePath, repository: OpportunityRepository) {
    this.aggregate = writePath.aggregate<OpportunityState>({
      name: 'opportunity',
      source: OPPORTUNITIES_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.opportunityId,
    });
  }

  /** The newest state (never behind its commits), or null. */
  find(opportunityId: string): Promise<OpportunityState | null> {
    return this.aggregate.find(opportunityId);
  }

  create(change: Change<OpportunityState>): Promise<OpportunityState> {
    return this.aggregate.create(change);
  }

  /** 404 when absent; `decide` may return null (nothing to do) or throw domain errors. */
  modify(opportunityId: string, decide: Decide<OpportunityState>, options?: CommandOptions<OpportunityState>): Promise<OpportunityState> {
    return this.aggregate.modify(opportunityId, decide, options);
  }

  /** `decide` sees null when absent; a change with `removed: true` deletes it (resolves null). */
  upsert(opportunityId: string, decide: Decide<OpportunityState, OpportunityState | null>): Promise<OpportunityState | null> {
    return this.aggregate.upsert(opportunityId, decide);
  }
}
