// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { LocalProjectOwnerV1 } from '../local-project-owner.snapshot';
import { MissionSnapshotV1 } from '../mission.snapshot';

export class MissionLocalProjectOwnerRemovedV1 {
  @ValidateNested()
  @Type(() => MissionSnapshotV1)
  mission!: MissionSnapshotV1;

  /** The owner removed, as it was. */
  @ValidateNested()
  @Type(() => LocalProjectOwnerV1)
  owner!: LocalProjectOwnerV1;
}

export const MissionLocalProjectOwnerRemoved = defineEvent({
  type: 'org.icn.matchmaking.mission.local-project-owner-removed.v1',
  version: 1,
  topic: Topics.matchmakingMission,
  aggregate: 'mission',
  payload: MissionLocalProjectOwnerRemovedV1,
  summary: 'The host cluster removed a local project owner; `owner` is the removed entry, no longer in the mission.',
});
