// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ApplicationSnapshotV1 } from '../application.snapshot';

export class ApplicationReturnedV1 {
  @ValidateNested()
  @Type(() => ApplicationSnapshotV1)
  application!: ApplicationSnapshotV1;
}

export const ApplicationReturned = defineEvent({
  type: 'org.icn.network.application.returned.v1',
  version: 1,
  topic: Topics.networkApplication,
  aggregate: 'application',
  payload: ApplicationReturnedV1,
  summary: "The applicant's cluster manager returned the application with comments; the applicant may change and resubmit it; carries the full application.",
});
