// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { NetworkEventSnapshotV1 } from '../network-event.snapshot';

export class NetworkEventAttendanceRecordedV1 {
  @ValidateNested()
  @Type(() => NetworkEventSnapshotV1)
  event!: NetworkEventSnapshotV1;
}

export const NetworkEventAttendanceRecorded = defineEvent({
  type: 'org.icn.network.network-event.attendance-recorded.v1',
  version: 1,
  topic: Topics.networkEvent,
  aggregate: 'network-event',
  payload: NetworkEventAttendanceRecordedV1,
  summary: 'After the event the host recorded who attended; the event is held (final). Carries the full event with attended per confirmed registration.',
});
