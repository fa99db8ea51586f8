// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionSnapshotV1 } from '../mission.snapshot';

export class MissionCancelledV1 {
  @ValidateNested()
  @Type(() => MissionSnapshotV1)
  mission!: MissionSnapshotV1;
}

export const MissionCancelled = defineEvent({
  type: 'org.icn.matchmaking.mission.cancelled.v1',
  version: 1,
  topic: Topics.matchmakingMission,
  aggregate: 'mission',
  payload: MissionCancelledV1,
  summary: 'The organiser cancelled the mission (final).',
});
