// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ConsortiumSnapshotV1 } from '../consortium.snapshot';

export class ConsortiumSectionUpdatedV1 {
  @ValidateNested()
  @Type(() => ConsortiumSnapshotV1)
  consortium!: ConsortiumSnapshotV1;
}

export const ConsortiumSectionUpdated = defineEvent({
  type: 'org.icn.consortia.consortium.section-updated.v1',
  version: 1,
  topic: Topics.consortiaConsortium,
  aggregate: 'consortium',
  payload: ConsortiumSectionUpdatedV1,
  summary: 'An application section changed owner, due date or status; carries the full consortium.',
});
