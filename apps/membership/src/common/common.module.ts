import { Module } from '@nestjs/common';
import { AggregateLock } from './aggregate-lock';
import { AggregateWriter } from './aggregate-writer';
import { EventOutbox } from './event-outbox';

/** The write path every area shares: outbox entries, the per-aggregate lock and version-guarded writes. */
@Module({
  providers: [EventOutbox, AggregateWriter, AggregateLock],
  exports: [AggregateWriter, AggregateLock],
})
export class CommonModule {}
