// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ConsortiumSnapshotV1 } from '../consortium.snapshot';

export class ConsortiumSubmittedV1 {
  @ValidateNested()
  @Type(() => ConsortiumSnapshotV1)
  consortium!: ConsortiumSnapshotV1;
}

export const ConsortiumSubmitted = defineEvent({
  type: 'org.icn.consortia.consortium.submitted.v1',
  version: 1,
  topic: Topics.consortiaConsortium,
  aggregate: 'consortium',
  payload: ConsortiumSubmittedV1,
  summary: 'The coordinator submitted the application (eligible, every section done); it is frozen; carries the full consortium.',
});
