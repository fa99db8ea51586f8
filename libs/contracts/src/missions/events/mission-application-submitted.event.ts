// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionSnapshotV1 } from '../mission.snapshot';

export class MissionApplicationSubmittedV1 {
  @ValidateNested()
  @Type(() => MissionSnapshotV1)
  mission!: MissionSnapshotV1;

  /** The application submitted. */
  @IsUUID()
  applicationId!: string;
}

export const MissionApplicationSubmitted = defineEvent({
  type: 'org.icn.matchmaking.mission.application-submitted.v1',
  version: 1,
  topic: Topics.matchmakingMission,
  aggregate: 'mission',
  payload: MissionApplicationSubmittedV1,
  summary: 'An organisation applied to travel on the mission; `applicationId` names the new application.',
});
