import { buildEvent, type Change, type DomainEvent, OutboxRelay, toOutboxEntry } from '@icn/messaging';
import { withHttpErrors } from '@icn/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { IntroductionState } from '../domain/introduction';
import { IntroductionRepository } from './introduction.repository';

/** CloudEvents `source` of everything introductions publish (matchmaking's, like the Passport's). */
export const INTRODUCTION_EVENT_SOURCE = '/icn/matchmaking';

/**
 * The one way an introduction changes: read, decide (domain + authorisation on the fresh state),
 * write state + event in one document write guarded by the version read, then wake the relay. The
 * read-decide-write holds the introduction's lock (OutboxRelay.withAggregateLock, the one the relay
 * takes to remove published entries) because FerretDB's version guard is not reliable under
 * concurrency. Same design as the Passport's writer.
 */
@Injectable()
export class IntroductionWriter {
  constructor(
    private readonly introductions: IntroductionRepository,
    private readonly relay: OutboxRelay,
  ) {}

  create(change: Change<IntroductionState>): Promise<IntroductionState> {
    return withHttpErrors(async () => {
      const { state } = change;
      await this.introductions.insert(state, this.entryFor(change.event, state.introductionId, state.version));
      this.written(state.introductionId);
      return state;
    });
  }

  /** Returns the state before and after, so callers can act on what the transition changed. */
  modify(
    introductionId: string,
    decide: (current: IntroductionState) => Change<IntroductionState>,
  ): Promise<{ previous: IntroductionState; next: IntroductionState }> {
    return withHttpErrors(() =>
      this.relay.withAggregateLock(this.introductions.collectionName, introductionId, async () => {
        const current = await this.introductions.findById(introductionId);
        if (current === null) throw new NotFoundException(`introduction ${introductionId} not found`);
        const change = decide(current);
        const entry = this.entryFor(change.event, introductionId, change.state.version);
        // Under the lock only another process can win; it is rare enough to hand back to the client.
        if (!(await this.introductions.replace(change.state, current.version, entry))) {
          throw new ConflictException(`introduction ${introductionId} was modified concurrently; re-read it and retry`);
        }
        this.written(introductionId);
        return { previous: current, next: change.state };
      }),
    );
  }

  private entryFor(event: DomainEvent, subject: string, sequence: number) {
    return toOutboxEntry(buildEvent(event.definition, { subject, sequence, data: event.data, source: INTRODUCTION_EVENT_SOURCE }), event.definition.topic);
  }

  /** Publish now rather than at the next poll; naming the aggregate lets the relay read it by `_id`. */
  private written(introductionId: string): void {
    this.relay.trigger({ collection: this.introductions.collectionName, id: introductionId });
  }
}
