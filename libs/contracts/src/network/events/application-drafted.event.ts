// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ApplicationSnapshotV1 } from '../application.snapshot';

export class ApplicationDraftedV1 {
  @ValidateNested()
  @Type(() => ApplicationSnapshotV1)
  application!: ApplicationSnapshotV1;
}

export const ApplicationDrafted = defineEvent({
  type: 'org.icn.network.application.drafted.v1',
  version: 1,
  topic: Topics.networkApplication,
  aggregate: 'application',
  payload: ApplicationDraftedV1,
  summary: 'A member organisation started an application to an open programme; carries the full application.',
});
