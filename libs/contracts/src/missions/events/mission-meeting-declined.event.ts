// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionMeetingSnapshotV1 } from '../mission-meeting.snapshot';

export class MissionMeetingDeclinedV1 {
  @ValidateNested()
  @Type(() => MissionMeetingSnapshotV1)
  meeting!: MissionMeetingSnapshotV1;
}

export const MissionMeetingDeclined = defineEvent({
  type: 'org.icn.matchmaking.mission-meeting.declined.v1',
  version: 1,
  topic: Topics.matchmakingMissionMeeting,
  aggregate: 'mission-meeting',
  payload: MissionMeetingDeclinedV1,
  summary: 'The other side declined the meeting request; carries the full meeting.',
});
