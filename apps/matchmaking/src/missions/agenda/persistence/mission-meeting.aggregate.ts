import { WritePath, type Aggregate, type Change, type CommandOptions, type Decide } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import { MATCHMAKING_EVENT_SOURCE } from '../../../matchmaking-event-source';
import type { MissionMeetingState } from '../domain/mission-meeting';
import { MissionMeetingRepository } from './mission-meeting.repository';

/**
 * The one way a B2B meeting changes (ADR 12): decided on the newest state and committed through the
 * write path, which publishes its events in version order. Different meetings never share a
 * version: what keeps them from double-booking is the agenda reservations' unique `_id`s, claimed
 * while deciding an acceptance and given back through `onCommitLost` when its commit loses.
 * Registered at construction so a restarted replica can repair its snapshots.
 */
@Injectable()
export class MissionMeetingAggregate {
  private readonly aggregate: Aggregate<MissionMeetingState>;

  constructor(writePath: WritePath, repository: MissionMeetingRepository) {
    this.aggregate = writePath.aggregate<MissionMeetingState>({
      name: 'mission-meeting',
      source: MATCHMAKING_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.meetingId,
    });
  }

  /** The newest state (never behind its commits), or null. */
  find(meetingId: string): Promise<MissionMeetingState | null> {
    return this.aggregate.find(meetingId);
  }

  create(change: Change<MissionMeetingState>): Promise<MissionMeetingState> {
    return this.aggregate.create(change);
  }

  /** 404 when absent; `decide` may be async (acceptance reserves its slot) and throw domain errors. */
  modify(meetingId: string, decide: Decide<MissionMeetingState>, options?: CommandOptions<MissionMeetingState>): Promise<MissionMeetingState> {
    return this.aggregate.modify(meetingId, decide, options);
  }
}
