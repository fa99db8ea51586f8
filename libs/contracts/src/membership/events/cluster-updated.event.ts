// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ClusterSnapshotV1 } from '../cluster.snapshot';

export class ClusterUpdatedV1 {
  @ValidateNested()
  @Type(() => ClusterSnapshotV1)
  cluster!: ClusterSnapshotV1;

  /** Names of the snapshot fields this change touched, so consumers can skip irrelevant updates. */
  @IsArray()
  @IsString({ each: true })
  @ArrayMinSize(1)
  changedFields!: string[];
}

export const ClusterUpdated = defineEvent({
  type: 'org.icn.membership.cluster.updated.v1',
  version: 1,
  topic: Topics.membershipCluster,
  aggregate: 'cluster',
  payload: ClusterUpdatedV1,
  summary: "A cluster's profile or status changed; carries the full new state.",
});
