import { withHttpErrors } from '@icn/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Change } from '../domain/change';
import type { OpportunityState } from '../domain/opportunity';
import { OpportunityRepository } from '../persistence/opportunity.repository';
import { OPPORTUNITIES_COLLECTION } from '../persistence/opportunity.schema';
import { EventOutbox } from './event-outbox';

/** A few retries absorb a race with another replica without bothering clients. */
const MAX_ATTEMPTS = 3;

/**
 * The one way an opportunity changes: read, decide (domain + authorisation on the fresh state),
 * write state + event in one version-guarded document write, then wake the relay. The whole
 * read-decide-write holds the aggregate's lock in this process — shared with the relay's removal of
 * published entries — because FerretDB does not apply concurrent single-document updates atomically.
 */
@Injectable()
export class OpportunityWriter {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly outbox: EventOutbox,
  ) {}

  create(change: Change<OpportunityState>): Promise<OpportunityState> {
    return withHttpErrors(async () => {
      const { state } = change;
      const entries = this.outbox.entriesFor(change.event, state.opportunityId, state.version);
      await this.opportunities.insert(state, entries);
      this.outbox.written(entries);
      return state;
    });
  }

  /**
   * `decide` returns null for "nothing to do" (no write, no event); it may throw domain errors or
   * HTTP exceptions (404 for what the caller may not see, 403 for what it may not change).
   */
  modify(id: string, decide: (current: OpportunityState) => Change<OpportunityState> | null): Promise<OpportunityState> {
    return withHttpErrors(() =>
      this.outbox.relay.withAggregateLock(OPPORTUNITIES_COLLECTION, id, async () => {
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
          const current = await this.opportunities.findById(id);
          if (current === null) throw new NotFoundException(`opportunity ${id} not found`);
          const change = decide(current);
          if (change === null) return current;
          const entries = this.outbox.entriesFor(change.event, id, change.state.version);
          if (await this.opportunities.replace(change.state, current.version, entries)) {
            this.outbox.written(entries);
            return change.state;
          }
        }
        throw new ConflictException(`opportunity ${id} was modified concurrently; re-read it and retry`);
      }),
    );
  }

  /** Deletes a draft (decide checks access and state); drafts emit nothing, so neither does this. */
  discard(id: string, check: (current: OpportunityState) => void): Promise<void> {
    return withHttpErrors(() =>
      this.outbox.relay.withAggregateLock(OPPORTUNITIES_COLLECTION, id, async () => {
        const current = await this.opportunities.findById(id);
        if (current === null) throw new NotFoundException(`opportunity ${id} not found`);
        check(current);
        if (!(await this.opportunities.deleteDraft(id, current.version))) {
          throw new ConflictException(`opportunity ${id} was modified concurrently; re-read it and retry`);
        }
      }),
    );
  }
}
