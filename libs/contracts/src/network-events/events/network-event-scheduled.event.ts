// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { NetworkEventSnapshotV1 } from '../network-event.snapshot';

export class NetworkEventScheduledV1 {
  @ValidateNested()
  @Type(() => NetworkEventSnapshotV1)
  event!: NetworkEventSnapshotV1;
}

export const NetworkEventScheduled = defineEvent({
  type: 'org.icn.network.network-event.scheduled.v1',
  version: 1,
  topic: Topics.networkEvent,
  aggregate: 'network-event',
  payload: NetworkEventScheduledV1,
  summary: 'A cluster or the secretariat scheduled a network event (annual meeting, workshop, networking event); registration opens. Carries the full event.',
});
