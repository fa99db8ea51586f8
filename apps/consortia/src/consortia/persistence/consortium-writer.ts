import { buildEvent, type Change, type DomainEvent, OutboxRelay, toOutboxEntry } from '@icn/messaging';
import { withHttpErrors } from '@icn/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { ConsortiumState } from '../domain/consortium';
import { ConsortiumRepository } from './consortium.repository';

/** CloudEvents `source` of everything consortia publishes. */
export const CONSORTIA_EVENT_SOURCE = '/icn/consortia';

/**
 * The one way consortia changes a consortium: read, decide (domain + authorisation on the
 * fresh state), write state + event in one document write guarded by the version read, then wake
 * the relay. The read-decide-write holds the consortium's lock (OutboxRelay.withAggregateLock, the
 * one the relay takes to remove published entries) because FerretDB's version guard is not
 * reliable under concurrency. `decide` may be async: a command may read the directory while deciding.
 */
@Injectable()
export class ConsortiumWriter {
  constructor(
    private readonly consortia: ConsortiumRepository,
    private readonly relay: OutboxRelay,
  ) {}

  create(change: Change<ConsortiumState>): Promise<ConsortiumState> {
    return withHttpErrors(async () => {
      const { state } = change;
      await this.consortia.insert(state, this.entryFor(change.event, state.consortiumId, state.version));
      this.written(state.consortiumId);
      return state;
    });
  }

  modify(
    consortiumId: string,
    decide: (current: ConsortiumState) => Promise<Change<ConsortiumState>>,
  ): Promise<ConsortiumState> {
    return withHttpErrors(() =>
      this.relay.withAggregateLock(this.consortia.collectionName, consortiumId, async () => {
        const current = await this.consortia.findById(consortiumId);
        if (current === null) throw new NotFoundException(`consortium ${consortiumId} not found`);
        const change = await decide(current);
        const entry = this.entryFor(change.event, consortiumId, change.state.version);
        // Under the lock only another process can win; it is rare enough to hand back to the client.
        if (!(await this.consortia.replace(change.state, current.version, entry))) {
          throw new ConflictException(`consortium ${consortiumId} was modified concurrently; re-read it and retry`);
        }
        this.written(consortiumId);
        return change.state;
      }),
    );
  }

  private entryFor(event: DomainEvent, subject: string, sequence: number) {
    return toOutboxEntry(buildEvent(event.definition, { subject, sequence, data: event.data, source: CONSORTIA_EVENT_SOURCE }), event.definition.topic);
  }

  /** Publish now rather than at the next poll; naming the aggregate lets the relay read it by `_id`. */
  private written(consortiumId: string): void {
    this.relay.trigger({ collection: this.consortia.collectionName, id: consortiumId });
  }
}
