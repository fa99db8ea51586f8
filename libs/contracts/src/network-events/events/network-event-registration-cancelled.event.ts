// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { NetworkEventSnapshotV1 } from '../network-event.snapshot';

export class NetworkEventRegistrationCancelledV1 {
  @ValidateNested()
  @Type(() => NetworkEventSnapshotV1)
  event!: NetworkEventSnapshotV1;

  /** The registration this change is about. */
  @IsUUID()
  registrationId!: string;

  /** The waiting registration that took the freed seat, if any (the first in waiting order). */
  @IsOptional()
  @IsUUID()
  promotedRegistrationId?: string;
}

export const NetworkEventRegistrationCancelled = defineEvent({
  type: 'org.icn.network.network-event.registration-cancelled.v1',
  version: 1,
  topic: Topics.networkEvent,
  aggregate: 'network-event',
  payload: NetworkEventRegistrationCancelledV1,
  summary: 'A registration was cancelled; a freed seat went to the first on the waiting list (promotedRegistrationId). Carries the full event.',
});
