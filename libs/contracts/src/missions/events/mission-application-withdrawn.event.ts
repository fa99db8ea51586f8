// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionSnapshotV1 } from '../mission.snapshot';

export class MissionApplicationWithdrawnV1 {
  @ValidateNested()
  @Type(() => MissionSnapshotV1)
  mission!: MissionSnapshotV1;

  /** The application withdrawn. */
  @IsUUID()
  applicationId!: string;
}

export const MissionApplicationWithdrawn = defineEvent({
  type: 'org.icn.matchmaking.mission.application-withdrawn.v1',
  version: 1,
  topic: Topics.matchmakingMission,
  aggregate: 'mission',
  payload: MissionApplicationWithdrawnV1,
  summary: 'An applicant withdrew; if it was a selected delegate, a MissionDelegatePromoted event follows in the same write when the reserve list is not empty.',
});
