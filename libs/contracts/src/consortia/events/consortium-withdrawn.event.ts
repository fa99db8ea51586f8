// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ConsortiumSnapshotV1 } from '../consortium.snapshot';

export class ConsortiumWithdrawnV1 {
  @ValidateNested()
  @Type(() => ConsortiumSnapshotV1)
  consortium!: ConsortiumSnapshotV1;
}

export const ConsortiumWithdrawn = defineEvent({
  type: 'org.icn.consortia.consortium.withdrawn.v1',
  version: 1,
  topic: Topics.consortiaConsortium,
  aggregate: 'consortium',
  payload: ConsortiumWithdrawnV1,
  summary: 'The coordinator withdrew the consortium before an outcome; carries the full consortium.',
});
