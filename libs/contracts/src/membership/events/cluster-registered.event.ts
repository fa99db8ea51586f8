// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ClusterSnapshotV1 } from '../cluster.snapshot';

export class ClusterRegisteredV1 {
  @ValidateNested()
  @Type(() => ClusterSnapshotV1)
  cluster!: ClusterSnapshotV1;
}

export const ClusterRegistered = defineEvent({
  type: 'org.icn.membership.cluster.registered.v1',
  version: 1,
  topic: Topics.membershipCluster,
  aggregate: 'cluster',
  payload: ClusterRegisteredV1,
  summary: 'A cluster joined the network (registered by the secretariat).',
});
