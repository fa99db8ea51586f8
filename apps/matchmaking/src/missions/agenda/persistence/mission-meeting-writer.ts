import { withHttpErrors } from '@icn/platform';
import { buildEvent, OutboxRelay, toOutboxEntry } from '@icn/messaging';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { sequenceOf, type MeetingChange } from '../domain/meeting-change';
import type { MissionMeetingState } from '../domain/mission-meeting';
import { AGENDA_EVENT_SOURCE } from './agenda-event-source';
import { MissionMeetingRepository } from './mission-meeting.repository';

/**
 * The one way a meeting changes, as the Passport's writer does it: read, decide (domain and
 * authorisation on the fresh state; acceptance reserves its slot while deciding), write state and
 * events in one document write guarded by the version read, then wake the relay. The
 * read-decide-write holds the meeting's lock (OutboxRelay.withAggregateLock) because FerretDB's
 * version guard is not reliable under concurrency. Different meetings do not share a lock: what
 * keeps them from double-booking is the reservations' unique `_id`s, which hold across replicas.
 */
@Injectable()
export class MissionMeetingWriter {
  constructor(
    private readonly meetings: MissionMeetingRepository,
    private readonly relay: OutboxRelay,
  ) {}

  create(change: MeetingChange<MissionMeetingState>): Promise<MissionMeetingState> {
    return withHttpErrors(async () => {
      await this.meetings.insert(change.state, this.entriesFor(change));
      this.written(change.state.meetingId);
      return change.state;
    });
  }

  modify(meetingId: string, decide: (current: MissionMeetingState) => Promise<MeetingChange<MissionMeetingState>>): Promise<MissionMeetingState> {
    return withHttpErrors(() =>
      this.relay.withAggregateLock(this.meetings.collectionName, meetingId, async () => {
        const current = await this.meetings.findById(meetingId);
        if (current === null) throw new NotFoundException(`meeting ${meetingId} not found`);
        const change = await decide(current);
        // Under the lock only another process can win; it is rare enough to hand back to the client.
        if (!(await this.meetings.replace(change.state, current.version, this.entriesFor(change)))) {
          throw new ConflictException(`meeting ${meetingId} was modified concurrently; re-read it and retry`);
        }
        this.written(meetingId);
        return change.state;
      }),
    );
  }

  private entriesFor(change: MeetingChange<MissionMeetingState>) {
    return change.events.map((event, index) =>
      toOutboxEntry(
        buildEvent(event.definition, { subject: change.state.meetingId, sequence: sequenceOf(change, index), data: event.data, source: AGENDA_EVENT_SOURCE }),
        event.definition.topic,
      ),
    );
  }

  /** Publish now rather than at the next poll; naming the aggregate lets the relay read it by `_id`. */
  private written(meetingId: string): void {
    this.relay.trigger({ collection: this.meetings.collectionName, id: meetingId });
  }
}
