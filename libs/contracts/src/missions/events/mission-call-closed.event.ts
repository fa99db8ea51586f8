// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionSnapshotV1 } from '../mission.snapshot';

export class MissionCallClosedV1 {
  @ValidateNested()
  @Type(() => MissionSnapshotV1)
  mission!: MissionSnapshotV1;
}

export const MissionCallClosed = defineEvent({
  type: 'org.icn.matchmaking.mission.call-closed.v1',
  version: 1,
  topic: Topics.matchmakingMission,
  aggregate: 'mission',
  payload: MissionCallClosedV1,
  summary: 'The call for participation closed (by the organiser, or recorded after the cut-off passed); no more applications.',
});
