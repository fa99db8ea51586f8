// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { ProgrammeSnapshotV1 } from '../programme.snapshot';

export class ProgrammeUpdatedV1 {
  @ValidateNested()
  @Type(() => ProgrammeSnapshotV1)
  programme!: ProgrammeSnapshotV1;
}

export const ProgrammeUpdated = defineEvent({
  type: 'org.icn.network.programme.updated.v1',
  version: 1,
  topic: Topics.networkProgramme,
  aggregate: 'programme',
  payload: ProgrammeUpdatedV1,
  summary: 'The secretariat changed a programme (eligibility, call window, requirements); carries the full programme.',
});
