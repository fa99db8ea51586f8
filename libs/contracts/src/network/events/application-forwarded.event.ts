// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ApplicationSnapshotV1 } from '../application.snapshot';

export class ApplicationForwardedV1 {
  @ValidateNested()
  @Type(() => ApplicationSnapshotV1)
  application!: ApplicationSnapshotV1;
}

export const ApplicationForwarded = defineEvent({
  type: 'org.icn.network.application.forwarded.v1',
  version: 1,
  topic: Topics.networkApplication,
  aggregate: 'application',
  payload: ApplicationForwardedV1,
  summary: 'The secretariat forwarded the endorsed application to the partner; carries the full application.',
});
