import { buildEvent, type Change, type DomainEvent, OutboxRelay, toOutboxEntry } from '@icn/messaging';
import { withHttpErrors } from '@icn/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { PassportApplicationState } from '../domain/passport-application';
import { PassportApplicationRepository } from './passport-application.repository';

/** CloudEvents `source` of everything the Passport publishes. */
export const PASSPORT_EVENT_SOURCE = '/icn/matchmaking';

/**
 * The one way the Passport changes an application: read, decide (domain + authorisation on the
 * fresh state), write state + event in one document write guarded by the version read, then wake
 * the relay. The read-decide-write holds the application's lock (OutboxRelay.withAggregateLock, the
 * one the relay takes to remove published entries) because FerretDB's version guard is not
 * reliable under concurrency. `decide` may be async: acceptance reserves desks while deciding.
 */
@Injectable()
export class PassportWriter {
  constructor(
    private readonly applications: PassportApplicationRepository,
    private readonly relay: OutboxRelay,
  ) {}

  create(change: Change<PassportApplicationState>): Promise<PassportApplicationState> {
    return withHttpErrors(async () => {
      const { state } = change;
      await this.applications.insert(state, this.entryFor(change.event, state.applicationId, state.version));
      this.written(state.applicationId);
      return state;
    });
  }

  modify(
    applicationId: string,
    decide: (current: PassportApplicationState) => Promise<Change<PassportApplicationState>>,
  ): Promise<PassportApplicationState> {
    return withHttpErrors(() =>
      this.relay.withAggregateLock(this.applications.collectionName, applicationId, async () => {
        const current = await this.applications.findById(applicationId);
        if (current === null) throw new NotFoundException(`Passport application ${applicationId} not found`);
        const change = await decide(current);
        const entry = this.entryFor(change.event, applicationId, change.state.version);
        // Under the lock only another process can win; it is rare enough to hand back to the client.
        if (!(await this.applications.replace(change.state, current.version, entry))) {
          throw new ConflictException(`Passport application ${applicationId} was modified concurrently; re-read it and retry`);
        }
        this.written(applicationId);
        return change.state;
      }),
    );
  }

  private entryFor(event: DomainEvent, subject: string, sequence: number) {
    return toOutboxEntry(buildEvent(event.definition, { subject, sequence, data: event.data, source: PASSPORT_EVENT_SOURCE }), event.definition.topic);
  }

  /** Publish now rather than at the next poll; naming the aggregate lets the relay read it by `_id`. */
  private written(applicationId: string): void {
    this.relay.trigger({ collection: this.applications.collectionName, id: applicationId });
  }
}
