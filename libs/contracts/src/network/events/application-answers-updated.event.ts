// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ApplicationSnapshotV1 } from '../application.snapshot';

export class ApplicationAnswersUpdatedV1 {
  @ValidateNested()
  @Type(() => ApplicationSnapshotV1)
  application!: ApplicationSnapshotV1;
}

export const ApplicationAnswersUpdated = defineEvent({
  type: 'org.icn.network.application.answers-updated.v1',
  version: 1,
  topic: Topics.networkApplication,
  aggregate: 'application',
  payload: ApplicationAnswersUpdatedV1,
  summary: "The applicant changed its answers to the programme's requirements (draft or returned); carries the full application.",
});
