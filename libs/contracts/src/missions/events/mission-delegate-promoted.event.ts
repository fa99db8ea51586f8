// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { MissionSnapshotV1 } from '../mission.snapshot';

export class MissionDelegatePromotedV1 {
  @ValidateNested()
  @Type(() => MissionSnapshotV1)
  mission!: MissionSnapshotV1;

  /** The reserve application now selected. */
  @IsUUID()
  applicationId!: string;

  /** The selected application whose withdrawal freed the place. */
  @IsUUID()
  replacingApplicationId!: string;
}

export const MissionDelegatePromoted = defineEvent({
  type: 'org.icn.matchmaking.mission.delegate-promoted.v1',
  version: 1,
  topic: Topics.matchmakingMission,
  aggregate: 'mission',
  payload: MissionDelegatePromotedV1,
  summary: 'The first reserve was promoted to selected because a selected delegate withdrew.',
});
