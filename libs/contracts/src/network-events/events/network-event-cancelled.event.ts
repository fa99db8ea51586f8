// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { NetworkEventSnapshotV1 } from '../network-event.snapshot';

export class NetworkEventCancelledV1 {
  @ValidateNested()
  @Type(() => NetworkEventSnapshotV1)
  event!: NetworkEventSnapshotV1;
}

export const NetworkEventCancelled = defineEvent({
  type: 'org.icn.network.network-event.cancelled.v1',
  version: 1,
  topic: Topics.networkEvent,
  aggregate: 'network-event',
  payload: NetworkEventCancelledV1,
  summary: 'The host or the secretariat cancelled the event (final); every registration lapses. Carries the full event.',
});
