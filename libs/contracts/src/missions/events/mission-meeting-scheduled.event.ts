// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionMeetingSnapshotV1 } from '../mission-meeting.snapshot';

export class MissionMeetingScheduledV1 {
  @ValidateNested()
  @Type(() => MissionMeetingSnapshotV1)
  meeting!: MissionMeetingSnapshotV1;
}

export const MissionMeetingScheduled = defineEvent({
  type: 'org.icn.matchmaking.mission-meeting.scheduled.v1',
  version: 1,
  topic: Topics.matchmakingMissionMeeting,
  aggregate: 'mission-meeting',
  payload: MissionMeetingScheduledV1,
  summary: 'The meeting got its slot and table (no participant or table is double-booked); carries the full meeting.',
});
