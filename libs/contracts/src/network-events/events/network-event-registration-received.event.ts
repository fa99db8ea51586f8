// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { NetworkEventSnapshotV1 } from '../network-event.snapshot';

export class NetworkEventRegistrationReceivedV1 {
  @ValidateNested()
  @Type(() => NetworkEventSnapshotV1)
  event!: NetworkEventSnapshotV1;

  /** The registration this change is about. */
  @IsUUID()
  registrationId!: string;
}

export const NetworkEventRegistrationReceived = defineEvent({
  type: 'org.icn.network.network-event.registration-received.v1',
  version: 1,
  topic: Topics.networkEvent,
  aggregate: 'network-event',
  payload: NetworkEventRegistrationReceivedV1,
  summary: 'A member registered a participant: a confirmed seat while seats are free, otherwise the end of the waiting list. Carries the full event.',
});
