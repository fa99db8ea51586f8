// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ConsortiumSnapshotV1 } from '../consortium.snapshot';

export class ConsortiumRejectedV1 {
  @ValidateNested()
  @Type(() => ConsortiumSnapshotV1)
  consortium!: ConsortiumSnapshotV1;
}

export const ConsortiumRejected = defineEvent({
  type: 'org.icn.consortia.consortium.rejected.v1',
  version: 1,
  topic: Topics.consortiaConsortium,
  aggregate: 'consortium',
  payload: ConsortiumRejectedV1,
  summary: 'The funder rejected the application, with feedback; carries the full consortium.',
});
