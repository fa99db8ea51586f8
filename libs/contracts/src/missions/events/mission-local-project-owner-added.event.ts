// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionSnapshotV1 } from '../mission.snapshot';

export class MissionLocalProjectOwnerAddedV1 {
  @ValidateNested()
  @Type(() => MissionSnapshotV1)
  mission!: MissionSnapshotV1;

  /** The owner added. */
  @IsUUID()
  ownerId!: string;
}

export const MissionLocalProjectOwnerAdded = defineEvent({
  type: 'org.icn.matchmaking.mission.local-project-owner-added.v1',
  version: 1,
  topic: Topics.matchmakingMission,
  aggregate: 'mission',
  payload: MissionLocalProjectOwnerAddedV1,
  summary: 'The host cluster added a local project owner the delegates can meet; `ownerId` names it.',
});
