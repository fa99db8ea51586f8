// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ApplicationSnapshotV1 } from '../application.snapshot';

export class ApplicationSubmittedV1 {
  @ValidateNested()
  @Type(() => ApplicationSnapshotV1)
  application!: ApplicationSnapshotV1;
}

export const ApplicationSubmitted = defineEvent({
  type: 'org.icn.network.application.submitted.v1',
  version: 1,
  topic: Topics.networkApplication,
  aggregate: 'application',
  payload: ApplicationSubmittedV1,
  summary: 'The applicant submitted the application to its cluster manager for endorsement (every requirement answered, the call open); carries the full application.',
});
