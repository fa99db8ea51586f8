// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ConsortiumSnapshotV1 } from '../consortium.snapshot';

export class ConsortiumCreatedV1 {
  @ValidateNested()
  @Type(() => ConsortiumSnapshotV1)
  consortium!: ConsortiumSnapshotV1;
}

export const ConsortiumCreated = defineEvent({
  type: 'org.icn.consortia.consortium.created.v1',
  version: 1,
  topic: Topics.consortiaConsortium,
  aggregate: 'consortium',
  payload: ConsortiumCreatedV1,
  summary: 'A lead organisation formed a consortium around a call and became its coordinator; carries the full consortium.',
});
