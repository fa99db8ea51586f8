// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionMeetingSnapshotV1 } from '../mission-meeting.snapshot';

export class MissionMeetingRequestedV1 {
  @ValidateNested()
  @Type(() => MissionMeetingSnapshotV1)
  meeting!: MissionMeetingSnapshotV1;
}

export const MissionMeetingRequested = defineEvent({
  type: 'org.icn.matchmaking.mission-meeting.requested.v1',
  version: 1,
  topic: Topics.matchmakingMissionMeeting,
  aggregate: 'mission-meeting',
  payload: MissionMeetingRequestedV1,
  summary: 'A selected delegate and a local project owner: one side asked the other for a B2B meeting; carries the full meeting.',
});
