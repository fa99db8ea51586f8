// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionMeetingSnapshotV1 } from '../mission-meeting.snapshot';

export class MissionMeetingCancelledV1 {
  @ValidateNested()
  @Type(() => MissionMeetingSnapshotV1)
  meeting!: MissionMeetingSnapshotV1;
}

export const MissionMeetingCancelled = defineEvent({
  type: 'org.icn.matchmaking.mission-meeting.cancelled.v1',
  version: 1,
  topic: Topics.matchmakingMissionMeeting,
  aggregate: 'mission-meeting',
  payload: MissionMeetingCancelledV1,
  summary: 'A side or the organiser cancelled the meeting, freeing its slot and table; carries the full meeting.',
});
